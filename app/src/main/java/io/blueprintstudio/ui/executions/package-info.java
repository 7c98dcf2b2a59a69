/**
 * The Executions screen: a deployed state machine's executions with a status filter, the selected one followed
 * live (its states coloured on the graph, its events listed with each state's input, output, error and cause),
 * and "Run with a file", which uploads a CSV where the blueprint's EventBridge rule listens and follows the
 * execution it starts.
 */
package io.blueprintstudio.ui.executions;

/**
 * The Deploy screen: where to deploy (an AWS profile, a local endpoint, the local sandbox), the change set preview,
 * deploy with live stack events, cancel, destroy, the failure summary and the source bucket check.
 */
package io.blueprintstudio.ui.deploy;

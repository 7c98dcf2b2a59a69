package io.blueprintstudio.lambda;

import io.blueprintstudio.convert.ConversionException;

/**
 * Why a run failed, in the shape of the log line's {@code error} object. Besides the converter's own kinds there
 * are BAD_EVENT, BAD_CONFIG, NOT_FOUND and INTERNAL.
 */
record HandlerFailure(String kind, String message, long line, String column) {

    static HandlerFailure of(String kind, String message) {
        return new HandlerFailure(kind, message, 0, null);
    }

    static HandlerFailure of(ConversionException e) {
        return new HandlerFailure(e.kind().name(), e.getMessage(), e.line(), e.column());
    }

    /** A failure nobody planned for: the message keeps the exception's type, which is often the only clue. */
    static HandlerFailure unexpected(Throwable t) {
        return of("INTERNAL", t.toString());
    }
}

package io.blueprintstudio.convert;

import java.util.List;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/** Maps our column types to Parquet physical and logical types; every column is optional (nullable). */
final class ParquetSchema {
    private ParquetSchema() {
    }

    static MessageType of(List<Column> columns) {
        Types.MessageTypeBuilder message = Types.buildMessage();
        for (Column c : columns) {
            switch (c.type()) {
                case BOOLEAN -> message.optional(PrimitiveTypeName.BOOLEAN).named(c.name());
                case INT64 -> message.optional(PrimitiveTypeName.INT64).named(c.name());
                case DOUBLE -> message.optional(PrimitiveTypeName.DOUBLE).named(c.name());
                case DECIMAL -> decimal(message, c);
                case DATE -> message.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType())
                        .named(c.name());
                case TIMESTAMP -> message.optional(PrimitiveTypeName.INT64)
                        .as(LogicalTypeAnnotation.timestampType(false, TimeUnit.MICROS)).named(c.name());
                case TIMESTAMP_UTC -> message.optional(PrimitiveTypeName.INT64)
                        .as(LogicalTypeAnnotation.timestampType(true, TimeUnit.MICROS)).named(c.name());
                case STRING -> message.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
                        .named(c.name());
            }
        }
        return message.named("row");
    }

    private static void decimal(Types.MessageTypeBuilder message, Column c) {
        var annotation = LogicalTypeAnnotation.decimalType(c.scale(), c.precision());
        if (c.precision() <= 18) {
            message.optional(PrimitiveTypeName.INT64).as(annotation).named(c.name());
        } else {
            message.optional(PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY).length(16).as(annotation).named(c.name());
        }
    }
}

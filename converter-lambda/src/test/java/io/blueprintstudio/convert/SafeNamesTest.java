package io.blueprintstudio.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SafeNamesTest {
    @Test
    void makesNamesSafeForGlueAndUnique() {
        List<String> headers = Arrays.asList("Order ID", "Prénom", "order id", null, "1st", "%%", "a__b", "Order-ID");
        assertEquals(List.of("order_id", "prenom", "order_id_2", "col_4", "col_1st", "col_6", "a__b", "order_id_3"),
                SafeNames.of(headers));
    }
}

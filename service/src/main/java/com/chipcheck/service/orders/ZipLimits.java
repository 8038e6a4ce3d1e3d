package com.chipcheck.service.orders;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The zip-bomb guard of every workbook read (POI's, process-wide): an entry that inflates more than
 * 1 / {@code chipcheck.orders.min-inflate-ratio} times its compressed size, or beyond
 * {@code chipcheck.orders.max-entry-size}, is refused and the upload answered 422.
 */
@Component
public class ZipLimits {

    public ZipLimits(@Value("${chipcheck.orders.min-inflate-ratio:0.01}") double minInflateRatio,
                     @Value("${chipcheck.orders.max-entry-size:1GB}") DataSize maxEntrySize) {
        if (minInflateRatio <= 0 || minInflateRatio >= 1) {
            throw new IllegalArgumentException("chipcheck.orders.min-inflate-ratio must be between 0 and 1 (POI's default is 0.01)");
        }
        ZipSecureFile.setMinInflateRatio(minInflateRatio);
        ZipSecureFile.setMaxEntrySize(maxEntrySize.toBytes());
    }
}

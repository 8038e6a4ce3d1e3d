package com.chipcheck.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The ChipCheck service: REST checks over the export-control rule base. */
@SpringBootApplication
public class ChipCheckApplication {

    public static void main(String[] args) {
        SpringApplication.run(ChipCheckApplication.class, args);
    }
}

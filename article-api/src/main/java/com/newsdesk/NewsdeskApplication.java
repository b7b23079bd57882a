package com.newsdesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Newsdesk: news stories as structured data. Lives at the root package so that component scanning finds the
 * persistence adapters, which this module only has at runtime.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class NewsdeskApplication {

    public static void main(String[] args) {
        SpringApplication.run(NewsdeskApplication.class, args);
    }
}

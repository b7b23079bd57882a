package com.newsdesk.persistence;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The persistence module on its own: the adapters, JPA and Flyway, without the web. */
@SpringBootApplication
public class PersistenceTestApplication {}

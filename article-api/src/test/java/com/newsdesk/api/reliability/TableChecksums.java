package com.newsdesk.api.reliability;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A checksum of every row of every table of the service's schema, to prove a request changed nothing. */
public final class TableChecksums {

    private TableChecksums() {}

    public static Map<String, String> of(JdbcClient jdbc) {
        List<String> tables = jdbc.sql("select tablename from pg_tables where schemaname = 'public' order by tablename")
                .query(String.class)
                .list();
        Map<String, String> sums = new LinkedHashMap<>();
        for (String table : tables) {
            // Table names come from the catalog, not from a request.
            sums.put(
                    table,
                    jdbc.sql("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '')"
                                    + " from \"" + table + "\" t")
                            .query(String.class)
                            .single());
        }
        return sums;
    }
}

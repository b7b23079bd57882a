package com.newsdesk.persistence.query;

import com.newsdesk.domain.article.Speaker;
import com.newsdesk.domain.article.SpeakerId;
import com.newsdesk.domain.article.SpeakerKind;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Speakers with their aliases, in one statement: a speaker row and the array of its aliases per row. */
public final class SpeakerRows {

    private SpeakerRows() {}

    /** The speakers matching {@code condition} (on {@code s}, the speaker table), with these parameters. */
    public static List<Speaker> where(JdbcClient jdbc, String condition, Object... parameters) {
        JdbcClient.StatementSpec query = jdbc.sql("""
                select s.id, s.name, s.kind,
                       array(select sa.alias from speaker_alias sa where sa.speaker_id = s.id order by sa.alias)
                           as aliases
                  from speaker s where
                """ + condition);
        for (Object parameter : parameters) {
            query = query.param(parameter);
        }
        return query.query((rs, n) -> new Speaker(
                        new SpeakerId(rs.getObject("id", UUID.class)),
                        rs.getString("name"),
                        SpeakerKind.fromCode(rs.getString("kind")),
                        Arrays.asList((String[]) rs.getArray("aliases").getArray())))
                .list();
    }
}

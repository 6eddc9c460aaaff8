package org.vademecum.model;

import org.vademecum.diag.SourcePosition;

/** A bibliography entry; optional fields are null when the source does not give them. */
public record Reference(
        String id,
        String authors,
        String title,
        String journal,
        Integer year,
        String volume,
        String pages,
        String doi,
        String pmid,
        String url,
        String note,
        SourcePosition position) {}

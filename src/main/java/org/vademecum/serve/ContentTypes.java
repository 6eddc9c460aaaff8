package org.vademecum.serve;

/** Content types for the files a site holds. */
final class ContentTypes {
    private ContentTypes() {}

    static String of(String name) {
        String ext = name.substring(name.lastIndexOf('.') + 1);
        return switch (ext) {
            case "html" -> "text/html; charset=utf-8";
            case "css" -> "text/css; charset=utf-8";
            case "js" -> "text/javascript; charset=utf-8";
            case "json" -> "application/json";
            case "webmanifest" -> "application/manifest+json";
            case "xml" -> "application/xml";
            case "svg" -> "image/svg+xml";
            case "png" -> "image/png";
            case "ico" -> "image/x-icon";
            case "txt" -> "text/plain; charset=utf-8";
            case "pdf" -> "application/pdf";
            default -> "application/octet-stream";
        };
    }
}

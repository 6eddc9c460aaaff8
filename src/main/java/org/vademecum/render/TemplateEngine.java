package org.vademecum.render;

import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.vademecum.diag.Diagnostics;
import org.vademecum.diag.SourcePosition;

/**
 * Freemarker set up for HTML: {@code .ftlh} templates auto-escape, records are read through their accessors,
 * numbers print as written, and a template error names both the template line and the page being rendered.
 */
public final class TemplateEngine {
    private final Configuration config;
    private final Theme theme;
    private final Diagnostics diagnostics;

    public TemplateEngine(Theme theme, Diagnostics diagnostics) {
        this(theme, diagnostics, configuration(theme));
    }

    private TemplateEngine(Theme theme, Diagnostics diagnostics, Configuration config) {
        this.theme = theme;
        this.diagnostics = diagnostics;
        this.config = config;
    }

    /** The same engine, its parsed templates kept, reporting to {@code other}: {@code serve} renders each edit with it. */
    TemplateEngine reportingTo(Diagnostics other) {
        return new TemplateEngine(theme, other, config);
    }

    private static Configuration configuration(Theme theme) {
        Configuration config = new Configuration(Configuration.VERSION_2_3_34);
        config.setTemplateLoader(new ThemeTemplateLoader(theme));
        config.setDefaultEncoding("UTF-8");
        config.setRecognizeStandardFileExtensions(true);
        // Views are records: let templates write ${page.title} for page.title().
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setRecordZeroArgumentNonVoidMethodPolicy(
                freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        config.setObjectWrapper(wrapper.build());
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setLocale(Locale.ROOT);
        config.setTimeZone(TimeZone.getTimeZone("UTC"));
        config.setNumberFormat("computer");
        config.setBooleanFormat("c");
        return config;
    }

    /** Renders {@code template} for the page at {@code url}; on error reports it and returns empty. */
    public Optional<String> render(String template, Map<String, Object> model, String url) {
        try {
            Template t = config.getTemplate(template);
            StringWriter out = new StringWriter();
            t.process(model, out);
            return Optional.of(out.toString());
        } catch (ParseException e) {
            diagnostics.error(new SourcePosition(theme.displayName(e.getTemplateName()), e.getLineNumber(),
                    e.getColumnNumber()), "template syntax: " + firstLine(e.getEditorMessage()), "while rendering " + url);
        } catch (TemplateException e) {
            Optional<InterfaceStrings.UnknownString> unknown = unknownString(e);
            String name = e.getTemplateSourceName() == null ? template : e.getTemplateSourceName();
            int line = e.getLineNumber() == null ? 1 : e.getLineNumber();
            int col = e.getColumnNumber() == null ? 1 : e.getColumnNumber();
            if (unknown.isPresent()) {
                diagnostics.error(new SourcePosition(theme.displayName(name), line, col), "unknown interface string '"
                        + unknown.get().key() + "' (while rendering " + url + ")", unknown.get().hint());
            } else {
                diagnostics.error(new SourcePosition(theme.displayName(name), line, col),
                        "template error while rendering " + url + ": " + firstLine(e.getMessageWithoutStackTop()),
                        "check the names the template uses against the view records in org.vademecum.render.Views");
            }
        } catch (freemarker.template.TemplateNotFoundException e) {
            diagnostics.error(SourcePosition.file(theme.displayName(template)), "template not found",
                    "the theme must contain " + template);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Optional.empty();
    }

    private static Optional<InterfaceStrings.UnknownString> unknownString(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof InterfaceStrings.UnknownString u) return Optional.of(u);
        }
        return Optional.empty();
    }

    private static String firstLine(String s) {
        if (s == null) return "unknown error";
        String line = s.strip().split("\n", 2)[0];
        return line.replaceAll("\\s+", " ");
    }
}

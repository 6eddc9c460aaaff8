package org.vademecum.kit;

import java.util.ArrayList;
import java.util.List;
import org.vademecum.model.Kit;
import org.vademecum.model.Page;
import org.vademecum.model.SiteContent;
import org.vademecum.model.SitePath;
import org.vademecum.render.PageView;
import org.vademecum.render.Route;
import org.vademecum.render.RouteContext;
import org.vademecum.render.RouteSource;
import org.vademecum.render.Views.Link;

/**
 * The World Osteoporosis Day kit as pages (issue 5), when {@code content/kit.yaml} exists: an index at the kit's
 * folder ({@code urls: kit:}, {@code /journee-mondiale/}), one page per sheet at {@code <kit><id>/}, and for a
 * poster a second, A3 version at {@code <kit><id>-a3/}. Each sheet carries a QR code of
 * its own absolute address (site {@code base_url} + path), made at build time.
 */
public final class KitPages implements RouteSource {
    /** Stylesheet the kit pages add to the layout (screen and print rules for sheets). */
    public static final String STYLESHEET = "/assets/kit.css";

    /** {@code provisional}: the site address is a placeholder (see {@link #provisional}), so QR codes lead nowhere yet. */
    public record KitView(String title, String date, String intro, String notice, Link guide, List<SheetLink> sheets,
                          boolean provisional) {}

    /** A sheet in the kit index; {@code a3Href} is set for posters only. */
    public record SheetLink(String title, String href, String lead, String format, String a3Href) {}

    public record BlockView(String heading, String text, List<String> items) {}

    /**
     * One printable sheet. {@code paper} is "A4" or "A3"; {@code url} is its absolute address (what the QR code
     * says); {@code qrSvg} is safe inline SVG; {@code otherPaper} links the poster's other size (null for handouts).
     */
    public record SheetView(String id, String format, String paper, String title, String lead, List<BlockView> blocks,
                            String closing, Link more, String url, String qrSvg, Link otherPaper) {}

    /** The kit index: {@code extraStyles} are the stylesheets the layout adds. */
    public record KitPage(KitView kit, List<String> extraStyles) implements PageView {}

    /** One sheet, in one paper size. */
    public record KitSheetPage(KitView kit, SheetView sheet, List<String> extraStyles) implements PageView {}

    @Override
    public List<Route> routes(RouteContext context) {
        return context.content().findKit().map(kit -> routes(kit, context.content())).orElse(List.of());
    }

    static List<Route> routes(Kit kit, SiteContent content) {
        String baseUrl = content.config().baseUrl();
        SitePath base = content.config().urls().kit();
        List<Route> routes = new ArrayList<>();
        List<SheetLink> links = kit.sheets().stream().map(s -> new SheetLink(s.title(), base.child(s.id()).value(),
                s.lead(), s.format().key(), s.format() == Kit.Format.POSTER ? base.child(s.id() + "-a3").value() : null))
                .toList();
        KitView view = new KitView(kit.title(), kit.date(), kit.intro(), kit.notice(), link(kit.guide(), content), links,
                provisional(baseUrl));
        List<String> styles = List.of(STYLESHEET);
        routes.add(Route.of(base, "kit", kit.title(), kit.intro() == null ? kit.title() : kit.intro(),
                new KitPage(view, styles)));
        List<Link> crumbs = List.of(new Link(kit.title(), base.value()));
        for (Kit.Sheet s : kit.sheets()) {
            boolean poster = s.format() == Kit.Format.POSTER;
            SitePath a4 = base.child(s.id());
            SitePath a3 = base.child(s.id() + "-a3");
            Link more = link(s.more(), content);
            routes.add(sheetRoute(kit, s, "A4", a4, poster ? new Link("A3", a3.value()) : null, more, baseUrl, view, crumbs, styles));
            if (poster) routes.add(sheetRoute(kit, s, "A3", a3, new Link("A4", a4.value()), more, baseUrl, view, crumbs, styles));
        }
        return routes;
    }

    private static Route sheetRoute(Kit kit, Kit.Sheet s, String paper, SitePath path, Link otherPaper, Link more,
                                    String baseUrl, KitView view, List<Link> crumbs, List<String> styles) {
        String absolute = path.absolute(baseUrl);
        List<BlockView> blocks = s.blocks().stream().map(b -> new BlockView(b.heading(), b.text(), b.items())).toList();
        SheetView sheet = new SheetView(s.id(), s.format().key(), paper, s.title(), s.lead(), blocks, s.closing(), more,
                absolute, QrCodes.svg(absolute), otherPaper);
        String title = otherPaper == null ? s.title() : s.title() + " (" + paper + ")";
        String description = s.lead() == null ? kit.title() + " : " + s.title() : s.lead();
        // The A3 poster repeats the A4 one: not indexed.
        return new Route(path, "kit-sheet", "kit-sheet.ftlh", title, description,
                paper.equals("A3") ? Route.Indexing.NOINDEX : Route.Indexing.LISTED, crumbs, "",
                new KitSheetPage(view, sheet, styles));
    }

    /** A site path with the title of the Markdown page published there (the path itself when there is none). */
    static Link link(String path, SiteContent content) {
        if (path == null) return null;
        String bare = path.replaceAll("#.*$", "");
        String title = content.pages().stream().filter(p -> p.url().equals(bare)).map(Page::title).findFirst().orElse(path);
        return new Link(title, path);
    }

    /**
     * Whether {@code baseUrl} is a placeholder rather than the published address: a host under
     * {@code example.org}, {@code example.com} or {@code example.net} (RFC 2606), {@code localhost}, a loopback
     * address, or a reserved test name ({@code .test}, {@code .invalid}, {@code .localhost}); also an address
     * without a host.
     */
    public static boolean provisional(String baseUrl) {
        String host;
        try {
            host = java.net.URI.create(baseUrl).getHost();
        } catch (IllegalArgumentException e) {
            return true;
        }
        if (host == null) return true;
        host = host.toLowerCase(java.util.Locale.ROOT);
        return host.matches("(.+\\.)?example\\.(org|com|net)") || host.equals("localhost")
                || host.matches("(.+\\.)?(localhost|test|invalid)") || host.startsWith("127.") || host.equals("[::1]");
    }
}

package org.vademecum.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vademecum.markdown.MarkdownRenderer;
import org.vademecum.model.SiteContent;
import org.vademecum.model.tree.DecisionTree;
import org.vademecum.output.OutputFile;
import org.vademecum.render.InterfaceStrings;
import org.vademecum.render.SiteRenderer.PageRoute;
import org.vademecum.render.ViewFactory;
import org.vademecum.render.Views;
import org.vademecum.trees.TreeDiagram;
import org.vademecum.trees.TreeIndexEntry;
import org.vademecum.trees.TreeJson;
import org.vademecum.trees.TreeLabels;
import org.vademecum.trees.TreePageView;
import org.vademecum.typography.Typography;

/**
 * The decision-tree pages: {@code /arbres/} (template {@code trees.ftlh}, model {@code trees}) and one page per tree
 * at {@code /arbres/<id>/} (template {@code tree.ftlh}, model {@code tree} = {@link TreePageView}, {@code recs} =
 * recommendation id → card view, {@code sources} = the tree's citations), plus each tree's data as
 * {@code /arbres/<id>/tree.json} (the same JSON the page embeds) and its overview diagram as
 * {@code /arbres/<id>/apercu.svg}. A site without trees gets none of these.
 */
final class TreePages {
    private TreePages() {}

    static List<PageRoute> routes(SiteContent content, ViewFactory views) {
        InterfaceStrings strings = views.strings();
        MarkdownRenderer markdown = views.markdown();
        List<PageRoute> routes = new ArrayList<>();
        if (content.trees().isEmpty()) return routes;
        routes.add(new PageRoute(ViewFactory.TREES, "trees", "trees.ftlh", strings.get("tree.index.title"),
                strings.get("tree.index.description"), List.of(),
                Map.of("trees", content.trees().stream().map(TreeIndexEntry::of).toList())));
        List<Views.Link> crumbs = List.of(new Views.Link(strings.get("tree.index.title"), ViewFactory.TREES));
        Typography typography = Typography.forLanguage(content.config().language());
        TreeLabels labels = new TreeLabels(content.config().language(), strings::get);
        for (DecisionTree tree : content.trees()) {
            TreePageView view = TreePageView.of(tree, markdown::render, content::findRecommendation, labels,
                    id -> content.trees().stream().filter(t -> t.id().equals(id)).findFirst(), typography::apply);
            Map<String, Views.RecommendationView> recs = new LinkedHashMap<>();
            tree.outcomes().values().forEach(o -> o.recommendationIds().forEach(id ->
                    content.findRecommendation(id).ifPresent(r -> recs.putIfAbsent(id, views.recommendation(r)))));
            routes.add(new PageRoute(view.url(), "tree", "tree.ftlh", tree.title(),
                    tree.summary() == null ? "" : tree.summary(), crumbs,
                    Map.of("tree", view, "recs", recs, "sources", views.citations(tree.sources()))));
        }
        return routes;
    }

    static List<OutputFile> files(SiteContent content, InterfaceStrings strings) {
        List<OutputFile> files = new ArrayList<>();
        Typography typography = Typography.forLanguage(content.config().language());
        for (DecisionTree tree : content.trees()) {
            files.add(OutputFile.text("arbres/" + tree.id() + "/tree.json",
                    TreeJson.write(tree, content::findRecommendation, typography::apply) + "\n"));
            files.add(OutputFile.text(TreePageView.diagramPath(tree.id()).substring(1),
                    TreeDiagram.svg(tree, new TreeLabels(content.config().language(), strings::get),
                            content::findRecommendation)));
        }
        return files;
    }
}

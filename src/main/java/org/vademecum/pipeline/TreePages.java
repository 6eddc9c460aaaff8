package org.vademecum.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vademecum.model.GradeScale;
import org.vademecum.model.SiteContent;
import org.vademecum.model.SitePath;
import org.vademecum.model.UrlSegments;
import org.vademecum.model.tree.DecisionTree;
import org.vademecum.output.OutputFile;
import org.vademecum.render.CollectionPage;
import org.vademecum.render.InterfaceStrings;
import org.vademecum.render.Route;
import org.vademecum.render.RouteContext;
import org.vademecum.render.RouteSource;
import org.vademecum.render.ViewFactory;
import org.vademecum.render.Views;
import org.vademecum.trees.TreeDiagram;
import org.vademecum.trees.TreeIndexEntry;
import org.vademecum.trees.TreeJson;
import org.vademecum.trees.TreeLabels;
import org.vademecum.trees.TreePageView;
import org.vademecum.typography.Typography;

/**
 * The decision-tree pages: the trees index (template {@code trees.ftlh}) and one page per tree under it
 * (template {@code tree.ftlh}, view {@link Views.TreePage}), plus each tree's data as {@code tree.json} (the same
 * JSON the page embeds) and its overview diagram as {@code apercu.svg}, next to its page. A site without trees
 * gets none of these.
 */
final class TreePages implements RouteSource {

    @Override
    public List<Route> routes(RouteContext context) {
        SiteContent content = context.content();
        ViewFactory views = context.views();
        InterfaceStrings strings = context.strings();
        UrlSegments urls = context.urls();
        List<Route> routes = new ArrayList<>();
        if (!CollectionPage.TREES.presentIn(content)) return routes;
        String indexTitle = strings.get(CollectionPage.TREES.titleKey);
        routes.add(Route.of(urls.trees(), "trees", indexTitle, strings.get("tree.index.description"),
                new Views.TreesPage(content.trees().stream().map(t -> TreeIndexEntry.of(t, urls)).toList()))
                .withLead(strings.get("tree.index.intro")));
        List<Views.Link> crumbs = List.of(new Views.Link(indexTitle, urls.trees().value()));
        Typography typography = Typography.forLanguage(content.config().language());
        TreeLabels labels = new TreeLabels(content.config().language(), strings::get);
        GradeScale grades = content.gradeScale(strings::get);
        for (DecisionTree tree : content.trees()) {
            TreePageView view = TreePageView.of(tree, views.markdown()::render, content::findRecommendation, labels,
                    grades, content::findTree, typography::apply, urls);
            Map<String, Views.RecommendationView> recs = new LinkedHashMap<>();
            tree.outcomes().values().forEach(o -> o.recommendationIds().forEach(id ->
                    content.findRecommendation(id).ifPresent(r -> recs.putIfAbsent(id, views.recommendation(r)))));
            routes.add(Route.of(urls.tree(tree.id()), "tree", tree.title(), tree.summary(),
                    new Views.TreePage(view, recs, views.citations(tree.sources())))
                    .withBreadcrumbs(crumbs).withLead(view.summary()));
        }
        return routes;
    }

    static List<OutputFile> files(SiteContent content, InterfaceStrings strings) {
        List<OutputFile> files = new ArrayList<>();
        Typography typography = Typography.forLanguage(content.config().language());
        TreeLabels labels = new TreeLabels(content.config().language(), strings::get);
        GradeScale grades = content.gradeScale(strings::get);
        for (DecisionTree tree : content.trees()) {
            SitePath page = content.config().urls().tree(tree.id());
            files.add(OutputFile.text(page.fileNamed("tree.json").file(),
                    TreeJson.write(tree, content::findRecommendation, typography::apply) + "\n"));
            files.add(OutputFile.text(TreePageView.diagramPath(page).file(),
                    TreeDiagram.svg(tree, labels, content::findRecommendation, grades)));
        }
        return files;
    }
}

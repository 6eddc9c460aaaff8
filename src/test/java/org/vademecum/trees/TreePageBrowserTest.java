package org.vademecum.trees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.vademecum.model.UrlSegments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.vademecum.browser.Browser;
import org.vademecum.browser.RealSite;
import org.vademecum.browser.SiteServer;
import org.vademecum.model.SiteContent;
import org.vademecum.model.tree.Branch;
import org.vademecum.model.tree.Condition;
import org.vademecum.model.tree.DecisionTree;
import org.vademecum.model.tree.Outcome;
import org.vademecum.model.tree.Question;
import org.vademecum.model.tree.TreeCase;

/**
 * The tree pages in headless Chromium at 390 px: every case of every tree walked by tapping (and by typing the
 * numbers), compared with the Java evaluator; every case and every generated boundary case opened from its URL,
 * compared with the Java evaluator; back, restart, history and copy; without JavaScript, every question and
 * outcome on the page and navigable by links; no horizontal scrolling; touch targets of 48 px.
 */
class TreePageBrowserTest {
    static SiteContent content;
    static SiteServer site;
    static ChromeDriver browser;
    static ChromeDriver noScript;

    @BeforeAll
    static void start() {
        content = TreeContentTest.content();
        site = new SiteServer(RealSite.files());
        browser = Browser.phone();
        noScript = Browser.start(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT, false);
    }

    @AfterAll
    static void stop() {
        Browser.quit(browser);
        Browser.quit(noScript);
        if (site != null) site.close();
    }

    /**
     * Tapping: a set of cases that takes every branch of every tree (a greedy cover, computed in Java from the tree
     * cases and the generated boundary cases), each walked by tapping, its URL read back by the page's evaluator, and
     * the first walk of each tree reopened from its URL by a real reload. The page's
     * evaluator is compared with Java on every case and boundary case in {@link #urlsOfCasesAndBoundaryCasesOpenWhereJavaSays}.
     */
    @Test
    void everyCaseByTappingMatchesTheJavaEvaluator() {
        int walked = 0, branches = 0;
        for (DecisionTree tree : content.trees()) {
            List<Walk> cover = branchCover(tree);
            // In path order, so that the next walk usually differs in its last steps only: the page goes Back to
            // the steps both share (the Back button, as a user would) instead of restarting.
            cover.sort(java.util.Comparator.comparing(w -> String.join(" ", steps(tree, w.raw()))));
            List<String> onPage = null;
            for (Walk w : cover) onPage = walk(tree, w.label(), w.raw(), w.outcome(), false, w == cover.get(0), onPage);
            walked += cover.size();
            branches += allBranches(tree).size();
        }
        System.out.println("tapped " + walked + " walks covering all " + branches + " branches of " + content.trees().size() + " trees");
        assertTrue(walked >= content.trees().size());
    }

    /**
     * The exact-value form: enough cases to type a number into every numeric question of every tree (the URL
     * test below already compares both evaluators on every case and threshold).
     */
    @Test
    void typingNumbersIntoEveryNumericQuestionMatchesTheJavaEvaluator() {
        int typed = 0;
        for (DecisionTree tree : content.trees()) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            List<TreeCase> chosen = new java.util.ArrayList<>();
            for (TreeCase c : tree.cases()) {
                List<String> numeric = TreeEvaluator.evaluate(tree, parse(tree, raw(c))).path().stream()
                        .filter(step -> step.answer() instanceof Answer.Exact).map(step -> step.question().id()).toList();
                if (seen.containsAll(numeric)) continue;
                seen.addAll(numeric);
                chosen.add(c);
            }
            // In path order, as for tapping: the steps a walk shares with the one before are not typed again.
            chosen.sort(java.util.Comparator.comparing(c -> String.join(" ", steps(tree, raw(c)))));
            List<String> onPage = null;
            for (TreeCase c : chosen) {
                onPage = walk(tree, c.name(), raw(c), c.outcome().id(), true, false, onPage);
                typed++;
            }
            long numericQuestions = tree.questions().values().stream()
                    .filter(q -> tree.variableOf(q).type().numeric()).count();
            assertEquals(numericQuestions, seen.size(), tree.id() + ": some numeric questions were never typed into");
        }
        assertTrue(typed > 5);
    }

    /**
     * The page evaluates answers given in the URL exactly as Java does, thresholds included: every case and every
     * generated boundary case of every tree goes through the page's own evaluator (tree.js, window.Vademecum: the
     * query string read as the page reads it, then evaluate) in one script call per tree, and all differences from
     * TreeEvaluator are listed in one assertion. Real navigation is proved on a few: per tree, one case opened by a
     * page load and one boundary case by history.pushState + popstate (the tapping test reloads every walk too).
     */
    @Test
    void urlsOfCasesAndBoundaryCasesOpenWhereJavaSays() {
        int cases = 0, boundaries = 0;
        List<String> differences = new java.util.ArrayList<>();
        for (DecisionTree tree : content.trees()) {
            List<String> labels = new java.util.ArrayList<>();
            List<Map<String, String>> raws = new java.util.ArrayList<>();
            for (TreeCase c : tree.cases()) {
                labels.add("case " + c.name());
                raws.add(raw(c));
                cases++;
            }
            List<BoundaryCases.BoundaryCase> generated = BoundaryCases.generate(tree);
            for (BoundaryCases.BoundaryCase b : generated) {
                labels.add("boundary " + b.question() + " " + b.variable() + "=" + b.value());
                raws.add(b.answers());
                boundaries++;
            }
            checkUrl(tree, raws.get(0), true);
            if (!generated.isEmpty()) checkUrl(tree, generated.get(0).answers(), false);

            List<String> queries = raws.stream().map(r -> "?" + query(r)).toList();
            @SuppressWarnings("unchecked")
            List<List<Object>> results = (List<List<Object>>) ((JavascriptExecutor) browser).executeScript(
                    "var data = JSON.parse(document.getElementById('tree-data').textContent);"
                            + "return arguments[0].map(function (q) {"
                            + "  var read = window.Vademecum.readQuery(data, q), e = window.Vademecum.evaluate(data, read.answers);"
                            + "  return [e.outcome, e.pending, e.imprecise, e.path.map(function (s) {"
                            + "    return s.question + '>' + s.branch.next; }).join(' '), read.bad.join(', ')];"
                            + "});", queries);
            assertEquals(raws.size(), results.size(), tree.id());
            for (int i = 0; i < raws.size(); i++) {
                Evaluation expected = TreeEvaluator.evaluate(tree, parse(tree, raws.get(i)));
                List<Object> want = java.util.Arrays.asList(expected.outcome().map(Outcome::id).orElse(null),
                        expected.pending().map(Question::id).orElse(null), expected.imprecise(),
                        expected.path().stream().map(st -> st.question().id() + ">" + st.branch().next())
                                .collect(Collectors.joining(" ")), "");
                if (!want.equals(results.get(i))) {
                    differences.add(tree.id() + " " + labels.get(i) + " " + queries.get(i) + ": Java " + want + ", page " + results.get(i));
                }
            }
        }
        System.out.println("page evaluator compared with Java on " + cases + " cases and " + boundaries + " boundary cases");
        assertEquals(List.of(), differences, "[outcome, pending, imprecise, path, bad answers]");
        assertTrue(cases + boundaries > 100, "checked " + (cases + boundaries));
    }

    @Test
    void backRestartAndHistory() {
        Browser.open(browser, site.url("/arbres/indication-traitement/"));
        assertEquals("fracture", current());
        assertTrue(backButton().getAttribute("disabled") != null, "nothing to go back to");
        tap("fracture", "severe");
        tap("t-score-fracture-severe", "le:-1");
        assertEquals("traiter", attr("data-outcome"));
        assertTrue(browser.getCurrentUrl().endsWith("?fracture=severe&t_score=le%3A-1"), browser.getCurrentUrl());
        List<WebElement> path = browser.findElements(By.cssSelector(".tree-path li"));
        assertEquals(3, path.size());
        assertTrue(path.get(1).getText().contains("T ≤ −1"), path.get(1).getText());

        backButton().click();
        assertEquals("t-score-fracture-severe", current());
        assertTrue(browser.getCurrentUrl().endsWith("?fracture=severe"), browser.getCurrentUrl());
        browser.findElement(By.cssSelector(".tree-restart")).click();
        assertEquals("fracture", current());
        assertTrue(browser.getCurrentUrl().endsWith("/arbres/indication-traitement/"), browser.getCurrentUrl());
        browser.navigate().back();
        assertEquals("t-score-fracture-severe", current());
        browser.navigate().back();
        assertEquals("traiter", current());
    }

    @Test
    void badValuesInTheUrlAreDroppedWithAMessage() {
        Browser.open(browser, site.url("/arbres/indication-traitement/?fracture=severe&t_score=bas"));
        assertEquals("t-score-fracture-severe", current());
        WebElement error = browser.findElement(By.cssSelector(".tree-url-error"));
        assertTrue(error.isDisplayed());
        assertTrue(error.getText().contains("t_score=bas"), error.getText());
        assertTrue(browser.getCurrentUrl().endsWith("?fracture=severe"), browser.getCurrentUrl());
    }

    @Test
    void typedValuesAreChecked() {
        Browser.open(browser, site.url("/arbres/choix-traitement/?fracture_esf=non&fractures_vertebrales=0"));
        assertEquals("age-sans-fracture-vertebrale", current());
        WebElement section = section("age-sans-fracture-vertebrale");
        WebElement input = section.findElement(By.cssSelector("input[data-number-input]"));
        input.sendKeys("150");
        section.findElement(By.cssSelector(".tree-submit")).click();
        WebElement error = section.findElement(By.cssSelector(".tree-error"));
        assertTrue(error.isDisplayed());
        assertTrue(error.getText().contains("entre 18 et 120"), error.getText());
        assertEquals("age-sans-fracture-vertebrale", current());
        input.clear();
        input.sendKeys("59");
        section.findElement(By.cssSelector(".tree-submit")).click();
        assertEquals("troubles-climateriques", current());
    }

    @Test
    void pathCanBeCopied() {
        Browser.open(browser, site.url("/arbres/sequence-therapeutique/?traitement=denosumab"));
        assertEquals("apres-denosumab", attr("data-outcome"));
        browser.findElement(By.cssSelector(".tree-copy")).click();
        WebElement status = browser.findElement(By.cssSelector(".tree-copy-status"));
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(3))
                .until(d -> !status.getText().isEmpty());
        WebElement text = browser.findElement(By.cssSelector(".tree-path-text"));
        String value = text.getAttribute("value");
        assertTrue(value.contains("Dénosumab (DEN)"), value);
        assertTrue(value.contains("sequence-denosumab") || value.contains("Dénosumab suivi par bisphosphonates"), value);
        assertTrue(value.contains("?traitement=denosumab"), value);
    }

    @Test
    void withoutJavaScriptEveryQuestionAndOutcomeIsOnThePageAndLinked() {
        for (DecisionTree tree : content.trees()) {
            Browser.open(noScript, site.url(UrlSegments.FRENCH.tree(tree.id()).value()));
            List<String> questions = tree.questions().keySet().stream().map(TreePageView::questionAnchor).toList();
            List<String> outcomes = tree.outcomes().keySet().stream().map(TreePageView::outcomeAnchor).toList();
            // Every check of the page in one script call (shown: laid out with a size, as WebDriver's isDisplayed).
            @SuppressWarnings("unchecked")
            List<String> problems = (List<String>) ((JavascriptExecutor) noScript).executeScript(
                    "var out = [], shown = function (e) { return !!e && e.checkVisibility() && e.getClientRects().length > 0; };"
                            + "if (document.getElementById('arbre').hasAttribute('data-current')) out.push('the page script ran');"
                            + "arguments[0].forEach(function (id) {"
                            + "  var s = document.getElementById(id);"
                            + "  if (!shown(s)) { out.push('question #' + id + ' hidden without JavaScript'); return; }"
                            + "  s.querySelectorAll('a.tree-answer').forEach(function (a) {"
                            + "    var target = a.getAttribute('href').replace(/.*#/, '');"
                            + "    if (!document.getElementById(target)) out.push('broken answer link #' + target + ' in #' + id); });"
                            + "  s.querySelectorAll('form.tree-number').forEach(function (f) {"
                            + "    if (shown(f)) out.push('number form shown without JavaScript in #' + id); }); });"
                            + "arguments[1].forEach(function (id) {"
                            + "  if (!shown(document.getElementById(id))) out.push('outcome #' + id + ' hidden without JavaScript'); });"
                            + "if (shown(document.querySelector('.tree-app'))) out.push('the interactive tree shows without JavaScript');"
                            + "return out;", questions, outcomes);
            assertEquals(List.of(), problems, tree.id());
            assertNoHorizontalScroll(noScript, tree.id() + " without JavaScript");
        }
        // Following links alone reaches an outcome.
        noScript.get(site.url("/arbres/indication-traitement/"));
        noScript.findElement(By.cssSelector("#question-fracture a[data-value='aucune']")).click();
        assertTrue(noScript.getCurrentUrl().endsWith("#question-t-score-sans-fracture"), noScript.getCurrentUrl());
        noScript.findElement(By.cssSelector("#question-t-score-sans-fracture a[data-value='le:-3']")).click();
        assertTrue(noScript.getCurrentUrl().endsWith("#resultat-traiter"), noScript.getCurrentUrl());
    }

    @Test
    void fitsA390PixelScreenWithLargeTouchTargets() {
        for (DecisionTree tree : content.trees()) {
            Browser.open(browser, site.url(UrlSegments.FRENCH.tree(tree.id()).value()));
            assertNoHorizontalScroll(browser, tree.id());
            String start = current();
            for (WebElement a : section(start).findElements(By.cssSelector("a.tree-answer, button"))) {
                if (!a.isDisplayed()) continue;
                assertTrue(a.getRect().getHeight() >= 48, tree.id() + ": touch target " + a.getText() + " is "
                        + a.getRect().getHeight() + " px high");
            }
            for (WebElement b : browser.findElements(By.cssSelector(".tree-toolbar button"))) {
                if (b.isDisplayed()) assertTrue(b.getRect().getHeight() >= 48 && b.getRect().getWidth() >= 48);
            }
            TreeCase last = tree.cases().get(tree.cases().size() - 1);
            Browser.open(browser, site.url(UrlSegments.FRENCH.tree(tree.id()).value() + "?" + query(raw(last))));
            assertEquals(last.outcome().id(), attr("data-outcome"));
            assertNoHorizontalScroll(browser, tree.id() + " at an outcome");
            WebElement diagram = browser.findElement(By.cssSelector("img.tree-diagram"));
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView();", diagram);
            new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(5)).until(d ->
                    Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                            "return arguments[0].complete && arguments[0].naturalWidth > 0;", diagram)));
            assertEquals(360L, ((Number) ((JavascriptExecutor) browser).executeScript(
                    "return arguments[0].naturalWidth;", diagram)).longValue(), tree.id() + ": diagram width");
            assertTrue(diagram.getRect().getWidth() <= 360, tree.id() + ": the diagram is scaled up or too wide");
        }
    }

    /**
     * Issue 8, phone first: at 390×844, on every tree page, the first question and its first answer are on the
     * first screen, with nothing to scroll, and no disabled button sits above the question.
     */
    @Test
    void theFirstQuestionAndAnAnswerAreOnTheFirstScreen() {
        List<String> problems = new java.util.ArrayList<>();
        for (DecisionTree tree : content.trees()) {
            Browser.open(browser, site.url(UrlSegments.FRENCH.tree(tree.id()).value()));
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(
                    "var a = document.querySelector('.tree-node:not([hidden]) [data-answer]');"
                            + "var q = document.querySelector('.tree-node:not([hidden]) h2');"
                            + "var above = Array.prototype.filter.call(document.querySelectorAll('button:disabled'), function (b) {"
                            + "  return b.offsetHeight > 0 && b.getBoundingClientRect().top < q.getBoundingClientRect().top; }).length;"
                            + "return { bottom: a ? a.getBoundingClientRect().bottom : 99999, question: q.getBoundingClientRect().top,"
                            + "  height: window.innerHeight, scrolled: window.pageYOffset, disabledAbove: above };");
            double bottom = ((Number) m.get("bottom")).doubleValue();
            if (bottom > ((Number) m.get("height")).doubleValue()) {
                problems.add(tree.id() + ": first answer ends at " + bottom + " px, below the first screen");
            }
            if (((Number) m.get("scrolled")).intValue() != 0) problems.add(tree.id() + ": the page opened scrolled");
            if (((Number) m.get("disabledAbove")).intValue() != 0) problems.add(tree.id() + ": disabled buttons above the question");
            System.out.println("first screen: " + tree.id() + " question at " + m.get("question") + " px, first answer ends at " + bottom + " px");
        }
        assertEquals(List.of(), problems);
    }

    /**
     * Issue 8, numbers: a decimal comma, a typed minus (- or U+2212) and the ± button all give the branch that the
     * Java evaluator (decide) gives for the same text.
     */
    @Test
    void aDecimalCommaAndTheSignButtonGiveTheBranchDecideGives() {
        DecisionTree tree = content.trees().stream().filter(t -> t.id().equals("indication-traitement")).findFirst().orElseThrow();
        String page = UrlSegments.FRENCH.tree(tree.id()).value() + "?fracture=aucune";
        for (String[] typed : List.of(new String[] {"-2,1", null}, new String[] {"\u22123,2", null},
                new String[] {"2,1", "\u00b1"}, new String[] {"3", "\u00b1"}, new String[] {"-3,0", null})) {
            Browser.open(browser, site.url(page));
            // tree.js has started once the tree names its current question
            new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10)).until(d ->
                    d.findElements(By.cssSelector("#arbre[data-current]")).stream().anyMatch(e -> !e.getAttribute("data-current").isEmpty()));
            String question = current();
            WebElement input = section(question).findElement(By.cssSelector("input[data-number-input]"));
            assertEquals("decimal", input.getDomProperty("inputMode"));
            assertEquals("text", input.getDomAttribute("type"));
            input.sendKeys(typed[0]);
            String meant = typed[0];
            if (typed[1] != null) {
                section(question).findElement(By.cssSelector(".tree-sign")).click();
                assertTrue(input.getDomProperty("value").startsWith("-"), input.getDomProperty("value"));
                meant = "-" + typed[0];
            }
            section(question).findElement(By.cssSelector(".tree-submit")).click();
            Map<String, String> raw = new LinkedHashMap<>();
            raw.put("fracture", "aucune");
            raw.put("t_score", meant);
            Evaluation expected = TreeEvaluator.evaluate(tree, parse(tree, raw));
            String where = expected.outcome().map(Outcome::id).orElseGet(() -> expected.pending().orElseThrow().id());
            assertEquals(where, state().current(), "typed " + typed[0] + (typed[1] == null ? "" : " then ±"));
            assertTrue(browser.getCurrentUrl().contains("t_score=" + URLEncoder.encode(
                    AnswerParser.canonicalNumber(meant.replace('\u2212', '-')), StandardCharsets.UTF_8)), browser.getCurrentUrl());
        }
    }

    /**
     * Issue 8, outcomes lead on: a link from an outcome to another tree carries the answers that tree also asks;
     * it opens at its first unanswered question, and the carried answer is an editable step once reached.
     */
    @Test
    void aLinkToAnotherTreeCarriesTheAnswersAndLandsOnTheFirstUnansweredQuestion() {
        Browser.open(browser, site.url("/arbres/indication-traitement/?fracture=aucune&t_score=-3,2"));
        assertEquals("traiter", attr("data-outcome"));
        WebElement link = section("traiter").findElement(By.cssSelector("a[href*='/arbres/choix-traitement/']"));
        assertEquals("/arbres/choix-traitement/?t_score=-3.2", link.getDomAttribute("href"));
        link.click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(5))
                .until(d -> d.getCurrentUrl().contains("/arbres/choix-traitement/"));
        DecisionTree target = content.trees().stream().filter(t -> t.id().equals("choix-traitement")).findFirst().orElseThrow();
        Evaluation expected = TreeEvaluator.evaluate(target, parse(target, Map.of("t_score", "-3.2")));
        assertEquals(expected.pending().orElseThrow().id(), current());
        WebElement carried = browser.findElement(By.cssSelector(".tree-carried"));
        assertTrue(carried.isDisplayed() && carried.getText().contains("\u22123,2"), "the carried answer is listed: " + carried.getText());
        // A walk that needs the T-score no longer asks it: take a case that does, drop its T-score answer.
        for (TreeCase c : target.cases()) {
            Map<String, String> raw = raw(c);
            if (!raw.containsKey("t_score")) continue;
            raw.remove("t_score");
            Browser.open(browser, site.url("/arbres/choix-traitement/?" + query(raw) + "&t_score=-3.2"));
            raw.put("t_score", "-3.2");
            Evaluation e = TreeEvaluator.evaluate(target, parse(target, raw));
            assertEquals(e.outcome().map(Outcome::id).orElseGet(() -> e.pending().orElseThrow().id()), current());
            // The carried answer is a step of the path, with a button to change it.
            WebElement edit = browser.findElement(By.cssSelector(".tree-path button[data-edit='t_score']"));
            edit.click();
            assertEquals("t_score", target.questions().get(current()).variable());
            assertEquals("\u22123,2", section(current()).findElement(By.cssSelector("input[data-number-input]")).getDomProperty("value"));
            return;
        }
        throw new AssertionError("no case of choix-traitement answers t_score");
    }

    @Test
    void noConsoleErrorAndTheCspHolds() {
        Browser.recordCspViolations(browser);
        Browser.consoleErrors(browser);
        for (DecisionTree tree : content.trees()) {
            TreeCase c = tree.cases().get(0);
            Browser.open(browser, site.url(UrlSegments.FRENCH.tree(tree.id()).value() + "?" + query(raw(c))));
            assertEquals(c.outcome().id(), state().outcome());
            browser.findElement(By.cssSelector(".tree-back")).click();
            assertEquals(List.of(), Browser.cspViolations(browser), tree.id());
        }
        assertEquals(List.of(), Browser.consoleErrors(browser));
    }

    // ---- helpers ----

    /** A walk to tap: its label, its answers as the URL holds them, the outcome it must reach. */
    record Walk(String label, Map<String, String> raw, String outcome) {}

    /** Every (question, branch index) pair of the tree. */
    private static java.util.Set<String> allBranches(DecisionTree tree) {
        java.util.Set<String> all = new java.util.LinkedHashSet<>();
        tree.questions().values().forEach(q -> {
            for (int i = 0; i < q.branches().size(); i++) all.add(q.id() + "#" + i);
        });
        return all;
    }

    /** The (question, branch index) pairs a complete walk takes. */
    private static java.util.Set<String> branchesOf(Evaluation e) {
        java.util.Set<String> taken = new java.util.LinkedHashSet<>();
        for (Evaluation.Step st : e.path()) taken.add(st.question().id() + "#" + st.question().branches().indexOf(st.branch()));
        return taken;
    }

    /**
     * A greedy cover of every branch of the tree by complete walks, from the tree's cases (first), its generated
     * boundary cases and, for a choice branch none of them takes, a case with that one answer changed; fails when
     * some branch is still taken by none of them.
     */
    private static List<Walk> branchCover(DecisionTree tree) {
        List<Walk> candidates = new java.util.ArrayList<>();
        List<java.util.Set<String>> takes = new java.util.ArrayList<>();
        for (TreeCase c : tree.cases()) {
            candidates.add(new Walk("case " + c.name(), raw(c), c.outcome().id()));
            takes.add(branchesOf(TreeEvaluator.evaluate(tree, parse(tree, raw(c)))));
        }
        for (BoundaryCases.BoundaryCase b : BoundaryCases.generate(tree)) {
            Evaluation e = TreeEvaluator.evaluate(tree, parse(tree, b.answers()));
            if (e.outcome().isEmpty()) continue;
            candidates.add(new Walk("boundary " + b.variable() + "=" + b.value(), b.answers(), e.outcome().get().id()));
            takes.add(branchesOf(e));
        }
        // A choice branch that no case takes (boundary cases vary numbers only): a case that reaches its question,
        // with that question's answer changed to the branch's value, when that walk is complete.
        java.util.Set<String> untaken = allBranches(tree);
        takes.forEach(untaken::removeAll);
        for (String pair : untaken) {
            Question q = tree.questions().get(pair.substring(0, pair.lastIndexOf('#')));
            Branch b = q.branches().get(Integer.parseInt(pair.substring(pair.lastIndexOf('#') + 1)));
            if (!(b.when() instanceof Condition.Is is)) continue;
            for (int i = 0, n = candidates.size(); i < n; i++) {
                if (takes.get(i).stream().noneMatch(t -> t.startsWith(q.id() + "#"))) continue;
                Map<String, String> raw = new LinkedHashMap<>(candidates.get(i).raw());
                raw.put(q.variable(), is.value());
                Evaluation e = TreeEvaluator.evaluate(tree, parse(tree, raw));
                if (e.outcome().isEmpty()) continue;
                candidates.add(new Walk(candidates.get(i).label() + " with " + q.variable() + "=" + is.value(), raw,
                        e.outcome().get().id()));
                takes.add(branchesOf(e));
                break;
            }
        }
        java.util.Set<String> left = allBranches(tree);
        List<Walk> cover = new java.util.ArrayList<>();
        while (!left.isEmpty()) {
            int best = -1, bestGain = 0;
            for (int i = 0; i < candidates.size(); i++) {
                java.util.Set<String> gain = new java.util.HashSet<>(takes.get(i));
                gain.retainAll(left);
                if (gain.size() > bestGain) {
                    best = i;
                    bestGain = gain.size();
                }
            }
            assertTrue(best >= 0, tree.id() + ": no case or boundary case takes the branches " + left);
            cover.add(candidates.get(best));
            left.removeAll(takes.get(best));
        }
        return cover;
    }

    /** The (question, branch index) steps of the walk Java makes with these answers. */
    private static List<String> steps(DecisionTree tree, Map<String, String> raw) {
        return List.copyOf(branchesOf(TreeEvaluator.evaluate(tree, parse(tree, raw))));
    }

    /**
     * Walks the case on the page by tapping (or typing the exact numbers), from the start or, when {@code onPage}
     * gives the steps the page already shows, from the steps shared with them (Back pressed for the others);
     * returns the steps taken.
     */
    private List<String> walk(DecisionTree tree, String name, Map<String, String> raw, String caseOutcome, boolean typeNumbers,
            boolean reload, List<String> onPage) {
        Map<String, Answer> answers = parse(tree, raw);
        Evaluation expected = TreeEvaluator.evaluate(tree, answers);
        String page = site.url(UrlSegments.FRENCH.tree(tree.id()).value());
        if (!browser.getCurrentUrl().startsWith(page)) Browser.open(browser, page);
        List<String> steps = steps(tree, raw);
        int shared = 0;
        if (onPage != null) {
            while (shared < onPage.size() && shared < steps.size() && onPage.get(shared).equals(steps.get(shared))) shared++;
            // Back to the shared steps, or Restart when that takes fewer taps (one, then the shared steps again).
            int backs = onPage.size() - shared;
            if (backs > 1 + shared) {
                Browser.tap(browser, ".tree-restart");
                shared = 0;
            } else {
                for (int i = 0; i < backs; i++) Browser.tap(browser, ".tree-back");
            }
            assertEquals(shared, state().pathLength(), tree.id() + " / " + name + ": back to the shared steps");
        } else if (state().pathLength() > 0) {
            Browser.tap(browser, ".tree-restart");
        }
        String label = tree.id() + " / " + name + (typeNumbers ? " (typed)" : " (tapped)");
        // Each step is taken on the expected question's section, found only while it is not hidden (the page hides
        // every other node) and clicked as a user would (Selenium refuses an element that is not displayed); the
        // end state is then compared in full. No round trip per step for the state.
        for (Evaluation.Step step : expected.path().subList(shared, expected.path().size())) {
            if (typeNumbers && step.answer() instanceof Answer.Exact x) {
                String node = ".tree-node[data-node='" + step.question().id() + "']:not([hidden]) ";
                browser.findElement(By.cssSelector(node + "input[data-number-input]")).sendKeys(x.text());
                Browser.tap(browser, node + ".tree-submit");
            } else {
                Branch b = step.branch();
                String value = b.when() instanceof Condition.Range r ? TreeLabels.rangeAnswer(r.interval())
                        : ((Condition.Is) b.when()).value();
                tap(step.question().id(), value);
            }
        }
        String outcome = expected.outcome().orElseThrow().id();
        State state = state();
        assertEquals(outcome, state.outcome(), label);
        assertTrue(state.visible(), label + ": outcome hidden");
        assertEquals(outcome, caseOutcome, label);
        assertEquals(expected.path().size(), state.pathLength(), label);
        if (!typeNumbers) {
            // The URL reopens the same point: as the page reads it (its own evaluator on its own address), and for
            // the first walk of each tree by a real reload.
            assertEquals(outcome, state.readBack(), label + " read back from " + browser.getCurrentUrl());
            if (reload) {
                String url = browser.getCurrentUrl();
                Browser.open(browser, url);
                assertEquals(outcome, settle(outcome, outcome).outcome(), label + " after reload of " + url);
            }
        }
        return steps;
    }

    /**
     * What the page shows: the current node, the outcome (or null), whether it is visible, the path length; and
     * where the page's own evaluator puts the address it shows (the outcome or pending question).
     */
    record State(String current, String outcome, boolean visible, int pathLength, String readBack) {}

    private State state() {
        // A page still loading (or replaced by another document) has no started tree yet: wait for it rather than
        // read half a page, and say where the browser is if it never comes.
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            @SuppressWarnings("unchecked")
            List<Object> r = (List<Object>) ((JavascriptExecutor) browser).executeScript(
                    "var a = document.getElementById('arbre');"
                            + "if (document.readyState !== 'complete' || !a || !a.hasAttribute('data-current') || !window.Vademecum) return null;"
                            + "var c = a.getAttribute('data-current');"
                            + "var s = document.querySelector(\".tree-node[data-node='\" + c + \"']\");"
                            + "return [c, a.getAttribute('data-outcome'), !!s && !s.hidden && s.offsetHeight > 0,"
                            + " document.querySelectorAll('.tree-path li:not(.tree-path-outcome)').length,"
                            + " (function (data) { var e = window.Vademecum.evaluate(data, window.Vademecum.readQuery(data, location.search).answers);"
                            + "   return e.outcome || e.pending; })(JSON.parse(document.getElementById('tree-data').textContent))];");
            if (r != null) {
                return new State((String) r.get(0), (String) r.get(1), (Boolean) r.get(2), ((Number) r.get(3)).intValue(), (String) r.get(4));
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no started tree page after 10 s: the browser shows " + browser.getCurrentUrl()
                        + " (" + browser.getTitle() + ")");
            }
            sleep(50);
        }
    }

    /**
     * Opens the tree with {@code raw} in the URL: a real page load when {@code load}, else the same URL pushed into
     * the history and announced with popstate (the page re-reads the URL; much faster for many checks).
     */
    private void checkUrl(DecisionTree tree, Map<String, String> raw, boolean load) {
        Evaluation expected = TreeEvaluator.evaluate(tree, parse(tree, raw));
        String page = UrlSegments.FRENCH.tree(tree.id()).value();
        String url = page + "?" + query(raw);
        if (load || !browser.getCurrentUrl().startsWith(site.url(page))) {
            Browser.open(browser, site.url(url));
        } else {
            ((JavascriptExecutor) browser).executeScript(
                    "history.pushState(null, '', arguments[0]); window.dispatchEvent(new PopStateEvent('popstate'));", url);
        }
        String where = expected.outcome().map(Outcome::id).orElseGet(() -> expected.pending().orElseThrow().id());
        String outcome = expected.outcome().map(Outcome::id).orElse(null);
        State state = settle(where, outcome);
        assertEquals(where, state.current(), tree.id() + " " + raw);
        assertTrue(state.visible(), tree.id() + " " + raw);
        assertEquals(outcome, state.outcome(), tree.id() + " " + raw);
        assertEquals(expected.path().size(), state.pathLength(), tree.id() + " " + raw);
    }

    /**
     * The page's state once it shows {@code where} (and {@code outcome}, null for none), or after 5 s: the page
     * renders on DOMContentLoaded/popstate; on a loaded machine give it a moment before judging.
     */
    private State settle(String where, String outcome) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        State state = state();
        while (System.nanoTime() < deadline && !(where.equals(state.current()) && java.util.Objects.equals(outcome, state.outcome()))) {
            sleep(20);
            state = state();
        }
        return state;
    }

    private static Map<String, String> raw(TreeCase c) {
        Map<String, String> raw = new LinkedHashMap<>();
        c.answers().forEach(a -> raw.put(a.variable(), a.value()));
        return raw;
    }

    private static Map<String, Answer> parse(DecisionTree tree, Map<String, String> raw) {
        try {
            return TreeEvaluator.parse(tree, raw);
        } catch (InvalidAnswerException e) {
            throw new AssertionError(e.getMessage());
        }
    }

    private static String query(Map<String, String> raw) {
        return raw.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private void tap(String node, String value) {
        Browser.tap(browser, ".tree-node[data-node='" + node + "']:not([hidden]) a.tree-answer[data-value='" + value + "']");
    }

    private WebElement section(String node) {
        return browser.findElement(By.cssSelector(".tree-node[data-node='" + node + "']"));
    }

    private WebElement backButton() {
        return browser.findElement(By.cssSelector(".tree-back"));
    }

    private String current() {
        String current = attr("data-current");
        assertTrue(section(current).isDisplayed(), "current section " + current + " is not shown");
        return current;
    }

    private String attr(String name) {
        return browser.findElement(By.id("arbre")).getAttribute(name);
    }

    /**
     * Nothing in the page's main column sticks out of the 390 px viewport (the tree's part of "no horizontal
     * scrolling"; the site header is the layout's).
     */
    private static void assertNoHorizontalScroll(ChromeDriver driver, String where) {
        assertEquals(390L, ((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.clientWidth;")).longValue(), "viewport width");
        @SuppressWarnings("unchecked")
        List<String> wide = (List<String>) ((JavascriptExecutor) driver).executeScript(
                "var w = document.documentElement.clientWidth, out = [];"
                        + "document.querySelectorAll('main *').forEach(function (e) {"
                        + "  var r = e.getBoundingClientRect();"
                        + "  if (r.width > 0 && (r.right > w + 0.5 || r.left < -0.5)) out.push(e.tagName + '.' + e.className + ' ' + r.right);"
                        + "}); return out;");
        assertTrue(wide.isEmpty(), where + ": wider than the screen: " + wide);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

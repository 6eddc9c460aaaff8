package org.vademecum.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ast.util.ReferenceRepository;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.footnotes.internal.FootnoteRepository;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.misc.CharPredicate;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Tag;

/**
 * Turns flexmark's syntax tree straight into the Jsoup nodes that parsing its HTML would give (same text nodes,
 * attributes in the same order, same serialisation), for text without raw HTML: writing the HTML and parsing it
 * back cost more than the Markdown parsing itself. Each node is handled as flexmark's CoreNodeRenderer,
 * TableNodeRenderer and FootnoteNodeRenderer (0.64.8) write it with the options of {@link MarkdownRenderer};
 * any other node type, or any output {@link JsoupWriter} cannot vouch for, gives null so that the caller takes
 * the HTML path. Thread-safe.
 */
final class FlexmarkToJsoup {
    private static final Map<Class<? extends Node>, BiConsumer<Conversion, Node>> RULES = Map.ofEntries(
            Map.entry(Paragraph.class, (c, n) -> c.paragraph((Paragraph) n)),
            Map.entry(Heading.class, (c, n) -> c.block(tag("h" + ((Heading) n).getLevel()), n)),
            Map.entry(BlockQuote.class, (c, n) -> c.indented(tag("blockquote"), n)),
            Map.entry(BulletList.class, (c, n) -> c.indented(tag("ul"), n)),
            Map.entry(OrderedList.class, (c, n) -> c.orderedList((OrderedList) n)),
            Map.entry(BulletListItem.class, (c, n) -> c.listItem((ListItem) n)),
            Map.entry(OrderedListItem.class, (c, n) -> c.listItem((ListItem) n)),
            Map.entry(FencedCodeBlock.class, (c, n) -> c.fencedCode((FencedCodeBlock) n)),
            Map.entry(IndentedCodeBlock.class, (c, n) -> c.code(null,
                    ((IndentedCodeBlock) n).getContentChars().trimTailBlankLines().normalizeEndWithEOL())),
            Map.entry(ThematicBreak.class, (c, n) -> c.emptyLine(tag("hr"))),
            Map.entry(Reference.class, (c, n) -> { }),
            Map.entry(SoftLineBreak.class, (c, n) -> c.out.newline()),
            Map.entry(HardLineBreak.class, (c, n) -> c.hardBreak()),
            Map.entry(Emphasis.class, (c, n) -> c.inline(tag("em"), n)),
            Map.entry(StrongEmphasis.class, (c, n) -> c.inline(tag("strong"), n)),
            Map.entry(Text.class, (c, n) -> c.out.text(plainText(n.getChars()))),
            Map.entry(TextBase.class, (c, n) -> c.children(n)),
            Map.entry(Code.class, (c, n) -> c.codeSpan((Code) n)),
            Map.entry(HtmlEntity.class, (c, n) -> c.out.text(n.getChars().unescape())),
            Map.entry(Link.class, (c, n) -> c.link((Link) n)),
            Map.entry(Image.class, (c, n) -> c.image((Image) n)),
            Map.entry(LinkRef.class, (c, n) -> c.linkRef((LinkRef) n)),
            Map.entry(ImageRef.class, (c, n) -> c.imageRef((ImageRef) n)),
            Map.entry(TableBlock.class, (c, n) -> c.indented(tag("table"), n)),
            Map.entry(TableHead.class, (c, n) -> c.block(tag("thead"), n)),
            Map.entry(TableBody.class, (c, n) -> c.block(tag("tbody"), n)),
            Map.entry(TableSeparator.class, (c, n) -> { }),
            Map.entry(TableRow.class, (c, n) -> c.block(tag("tr"), n)),
            Map.entry(TableCaption.class, (c, n) -> c.block(tag("caption"), n)),
            Map.entry(TableCell.class, (c, n) -> c.tableCell((TableCell) n)),
            Map.entry(Footnote.class, (c, n) -> c.footnote((Footnote) n)),
            Map.entry(FootnoteBlock.class, (c, n) -> { }));

    private final DataHolder options;
    private final ListOptions listOptions;
    private final Pattern suppressedLinks;
    private final boolean columnSpans;
    private final String footnoteRefPrefix, footnoteRefSuffix, footnoteBackRef, footnoteRefClass, footnoteBackRefClass;

    /** Takes the options the parser and renderer were built with; it supports only what they leave at default. */
    FlexmarkToJsoup(DataHolder options) {
        if (!TablesExtension.CLASS_NAME.get(options).isEmpty() || HtmlRenderer.RENDER_HEADER_ID.get(options)
                || !HtmlRenderer.SOFT_BREAK.get(options).equals("\n") || HtmlRenderer.PERCENT_ENCODE_URLS.get(options)) {
            throw new IllegalArgumentException("options that FlexmarkToJsoup does not follow");
        }
        this.options = options;
        listOptions = ListOptions.get(options);
        suppressedLinks = Pattern.compile(HtmlRenderer.SUPPRESSED_LINKS.get(options));
        columnSpans = TablesExtension.COLUMN_SPANS.get(options);
        footnoteRefPrefix = FootnoteExtension.FOOTNOTE_REF_PREFIX.get(options);
        footnoteRefSuffix = FootnoteExtension.FOOTNOTE_REF_SUFFIX.get(options);
        footnoteBackRef = FootnoteExtension.FOOTNOTE_BACK_REF_STRING.get(options);
        footnoteRefClass = FootnoteExtension.FOOTNOTE_LINK_REF_CLASS.get(options);
        footnoteBackRefClass = FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS.get(options);
    }

    /** Appends the nodes of {@code document} to {@code body}; false (body then half-filled) if unsupported. */
    boolean convert(Document document, Element body) {
        try {
            new Conversion(document, new JsoupWriter(body)).document(document);
            return true;
        } catch (JsoupWriter.Unsupported e) {
            return false;
        }
    }

    private static Tag tag(String name) {
        return Tag.valueOf(name);
    }

    private final class Conversion {
        final JsoupWriter out;
        final ReferenceRepository references;
        final FootnoteRepository footnotes;
        final Set<String> untitled = new HashSet<>();

        Conversion(Document document, JsoupWriter out) {
            this.out = out;
            references = Parser.REFERENCES.get(document);
            footnotes = FootnoteExtension.FOOTNOTES.get(document);
            footnotes.resolveFootnoteOrdinals(); // as flexmark's footnote renderer does before rendering
        }

        void document(Document document) {
            children(document);
            footnoteSection();
            out.finish();
        }

        void render(Node node) {
            BiConsumer<Conversion, Node> rule = RULES.get(node.getClass());
            if (rule == null) throw JsoupWriter.Unsupported.INSTANCE;
            rule.accept(this, node);
        }

        void children(Node node) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) render(child);
        }

        /** flexmark's tagLine: the element on lines of its own, its content inline. */
        void block(Tag tag, Node node, String... attributes) {
            out.line();
            out.open(tag, attributes);
            children(node);
            out.close();
            out.line();
        }

        /** flexmark's tagIndent and tagLineIndent: the content on lines of its own too. */
        void indented(Tag tag, Node node, String... attributes) {
            out.line();
            out.open(tag, attributes);
            out.line();
            children(node);
            out.line();
            out.close();
            out.line();
        }

        void inline(Tag tag, Node node, String... attributes) {
            out.open(tag, attributes);
            children(node);
            out.close();
        }

        void emptyLine(Tag tag) {
            out.line();
            out.empty(tag);
            out.line();
        }

        void paragraph(Paragraph node) {
            if (node.getFirstChildAnyNot(NonRenderingInline.class) == null) return;
            if (node.getParent() instanceof ParagraphItemContainer container
                    && container.isParagraphWrappingDisabled(node, listOptions, options)) {
                children(node);
            } else {
                block(tag("p"), node);
            }
        }

        void orderedList(OrderedList node) {
            int start = node.getStartNumber();
            if (listOptions.isOrderedListManualStart() && start != 1) {
                indented(tag("ol"), node, "start", String.valueOf(start));
            } else {
                indented(tag("ol"), node);
            }
        }

        void listItem(ListItem node) {
            out.line();
            out.open(tag("li"));
            out.text(node.getMarkerSuffix().unescape());
            children(node);
            out.close();
            out.line();
        }

        void fencedCode(FencedCodeBlock node) {
            BasedSequence info = node.getInfo();
            String language = info.isNotNull() && !info.isBlank()
                    ? "language-" + node.getInfoDelimitedByAny(CharPredicate.anyOf(" \t")).unescape() : null;
            code(language, node.getContentChars().normalizeEOL());
        }

        void code(String languageClass, String content) {
            out.line();
            out.open(tag("pre"));
            if (languageClass == null) out.open(tag("code"));
            else out.open(tag("code"), "class", languageClass);
            out.preformatted(content);
            out.close();
            out.close();
            out.line();
        }

        void hardBreak() {
            out.empty(tag("br"));
            out.newline();
        }

        void codeSpan(Code node) {
            out.open(tag("code"));
            out.text(Escaping.collapseWhitespace(node.getText(), true));
            out.close();
        }

        void link(Link node) {
            if (suppressed(node.getUrl())) {
                children(node);
                return;
            }
            String url = node.getUrl().unescape();
            anchor(node, url, title('L', url, node.getTitle()));
        }

        void image(Image node) {
            if (!node.getUrlContent().isEmpty()) throw JsoupWriter.Unsupported.INSTANCE;
            if (suppressed(node.getUrl())) return;
            String url = node.getUrl().unescape();
            img(node, url, title('I', url, node.getTitle()));
        }

        void linkRef(LinkRef node) {
            Reference reference = node.isDefined() ? node.getReferenceNode(references) : null;
            if (reference == null) {
                // an undefined reference stays text, brackets included
                if (!node.hasChildren()) {
                    out.text(node.getChars().unescape());
                } else {
                    out.text(node.getChars().prefixOf(node.getChildChars()).unescape());
                    children(node);
                    out.text(node.getChars().suffixOf(node.getChildChars()).unescape());
                }
                return;
            }
            String url = reference.getUrl().unescape();
            if (suppressed(url)) children(node);
            else anchor(node, url, title('L', url, reference.getTitle()));
        }

        void imageRef(ImageRef node) {
            Reference reference = node.isDefined() ? node.getReferenceNode(references) : null;
            if (reference == null) {
                out.text(node.getChars().unescape());
                return;
            }
            String url = reference.getUrl().unescape();
            if (!suppressed(url)) img(node, url, title('I', url, reference.getTitle()));
        }

        boolean suppressed(CharSequence url) {
            return suppressedLinks.matcher(url).matches();
        }

        /**
         * The title flexmark writes for a link ({@code type} L) or image (I) to {@code url}, or null: flexmark keeps
         * one resolved link per URL, and once one without title has been written, it reads an empty title as the
         * same and writes none.
         */
        String title(char type, String url, BasedSequence title) {
            if (title.isNull()) {
                untitled.add(type + url);
                return null;
            }
            String text = title.unescape();
            return text.isEmpty() && untitled.contains(type + url) ? null : text;
        }

        void anchor(Node node, String url, String title) {
            if (title == null) inline(tag("a"), node, "href", url);
            else inline(tag("a"), node, "href", url, "title", title);
        }

        void img(Node node, String url, String title) {
            String alt = new TextCollectingVisitor().collectAndGetText(node);
            if (title == null) out.empty(tag("img"), "src", url, "alt", alt);
            else out.empty(tag("img"), "src", url, "alt", alt, "title", title);
        }

        void tableCell(TableCell node) {
            List<String> attributes = new ArrayList<>(4);
            if (node.getAlignment() != null) {
                attributes.add("align");
                attributes.add(node.getAlignment().name().toLowerCase(Locale.ROOT));
            }
            if (columnSpans && node.getSpan() > 1) {
                attributes.add("colspan");
                attributes.add(String.valueOf(node.getSpan()));
            }
            inline(tag(node.isHeader() ? "th" : "td"), node, attributes.toArray(String[]::new));
        }

        void footnote(Footnote node) {
            FootnoteBlock block = node.getFootnoteBlock();
            if (block == null) {
                out.text("[^");
                children(node);
                out.text("]");
                return;
            }
            int ordinal = block.getFootnoteOrdinal();
            out.open(tag("sup"), "id", "fnref-" + ordinal + suffix(node.getReferenceOrdinal()));
            if (footnoteRefClass.isEmpty()) out.open(tag("a"), "href", "#fn-" + ordinal);
            else out.open(tag("a"), "class", footnoteRefClass, "href", "#fn-" + ordinal);
            out.text(footnoteRefPrefix + ordinal + footnoteRefSuffix);
            out.close();
            out.close();
        }

        /** The footnotes, in the order of their first reference, each with a link back to every reference. */
        void footnoteSection() {
            List<FootnoteBlock> blocks = footnotes.getReferencedFootnoteBlocks();
            if (blocks.isEmpty()) return;
            out.line();
            out.open(tag("div"), "class", "footnotes");
            out.line();
            emptyLine(tag("hr"));
            out.line();
            out.open(tag("ol"));
            out.line();
            for (FootnoteBlock block : blocks) {
                int ordinal = block.getFootnoteOrdinal();
                out.line();
                out.open(tag("li"), "id", "fn-" + ordinal);
                out.line();
                children(block);
                for (int i = 0; i < block.getFootnoteReferences(); i++) {
                    String href = "#fnref-" + ordinal + suffix(i);
                    out.line();
                    if (footnoteBackRefClass.isEmpty()) out.open(tag("a"), "href", href);
                    else out.open(tag("a"), "href", href, "class", footnoteBackRefClass);
                    out.text(footnoteBackRef);
                    out.close();
                }
                out.line();
                out.close();
                out.line();
            }
            out.line();
            out.close();
            out.line();
            out.line();
            out.close();
            out.line();
        }
    }

    /** flexmark's suffix of a footnote's second and later reference ids. */
    private static String suffix(int referenceOrdinal) {
        return referenceOrdinal == 0 ? "" : "-" + referenceOrdinal;
    }

    /**
     * A text node's characters unescaped, with line ends made {@code \n}: as {@code normalizeEOL(chars.unescape())},
     * which builds its strings one character at a time. Text with no backslash, ampersand, carriage return or NUL
     * (which flexmark reads as U+FFFD) is the same characters: it is cut from the source string at once.
     */
    static String plainText(BasedSequence chars) {
        if (chars instanceof SubSequence sub && sub.getBase() instanceof String source) {
            String text = source.substring(sub.getStartOffset(), sub.getEndOffset());
            if (text.indexOf('\\') < 0 && text.indexOf('&') < 0 && text.indexOf('\r') < 0 && text.indexOf('\0') < 0) {
                return text;
            }
        }
        return Escaping.normalizeEOL(chars.unescape());
    }
}

using System.Text;

namespace ActorGraph.Extraction.Input;

/// <summary>
/// Bounds how deeply a page nests before AngleSharp parses it. The parser checks scopes by walking its stack of open
/// elements, so 100,000 nested <c>div</c>s cost it minutes; tags opened deeper than the limit are dropped from the
/// source, their text kept. The model of the tree builder is deliberately conservative: where it is unsure whether an
/// element is closed, it counts it as open.
/// </summary>
internal static class HtmlNesting
{
    /// <summary>The deepest nesting the source keeps, far beyond real pages (a few dozen levels).</summary>
    public const int MaxDepth = 256;

    // An end tag is matched this far down the stack at most, which keeps the scan linear.
    private const int MaxSearch = 16;

    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input", "keygen", "link", "meta", "param",
        "source", "track", "wbr", "html", "head", "body",
    };

    // Elements that are not "special" to the tree builder: end tags and implied ends pop through them.
    private static readonly HashSet<string> Inline = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins", "kbd", "label", "mark",
        "nobr", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var",
    };

    // Elements whose end is implied by the end tag of an element around them.
    private static readonly HashSet<string> ImpliedEnd = new(StringComparer.Ordinal) { "p", "li", "dd", "dt", "option", "optgroup", "rb", "rp", "rt", "rtc" };

    // Start tags that close an open paragraph.
    private static readonly HashSet<string> ClosesParagraph = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main", "menu", "nav", "ol", "p", "pre", "search",
        "section", "summary", "table", "ul", "li", "dd", "dt",
    };

    // HTML names that break out of SVG or MathML content; any other name inside it stays foreign.
    private static readonly HashSet<string> BreaksOut = new(StringComparer.Ordinal)
    {
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "font", "h1", "h2", "h3", "h4",
        "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span",
        "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var",
    };

    private static readonly HashSet<string> IntegrationPoints = new(StringComparer.Ordinal) { "foreignobject", "desc", "title", "mi", "mo", "mn", "ms", "mtext", "annotation-xml" };

    /// <summary>The page with every start tag nested deeper than <paramref name="maxDepth"/> removed, or the page itself when none is.</summary>
    public static string Flatten(string html, int maxDepth = MaxDepth)
    {
        ArgumentNullException.ThrowIfNull(html);
        var scanner = new HtmlTagScanner(html);
        var stack = new List<(string Name, bool Foreign)>();
        StringBuilder? kept = null;
        var copied = 0;
        while (scanner.TryNext(out var tag))
        {
            if (tag.IsEnd)
            {
                Close(stack, tag.Name);
                continue;
            }

            if (Void.Contains(tag.Name))
            {
                continue;
            }

            var parent = stack.Count > 0 ? stack[^1] : default;
            var foreign = tag.Name is "svg" or "math"
                || parent.Foreign && !BreaksOut.Contains(tag.Name) && !IntegrationPoints.Contains(parent.Name);
            if (foreign && tag.SelfClosing)
            {
                continue;
            }

            if (!foreign && tag.Name == "plaintext")
            {
                break;
            }

            if (!foreign && HtmlTagScanner.IsRawText(tag.Name))
            {
                // A script or style holds text only; it is never dropped, or its text would be read as markup.
                scanner.SkipRawText(tag.Name);
                continue;
            }

            CloseImplied(stack, tag.Name);
            if (stack.Count >= maxDepth)
            {
                kept ??= new StringBuilder(html.Length);
                kept.Append(html, copied, tag.Start - copied);
                copied = tag.End;
                continue;
            }

            stack.Add((tag.Name, foreign));
        }

        return kept is null ? html : kept.Append(html, copied, html.Length - copied).ToString();
    }

    private static void Close(List<(string Name, bool Foreign)> stack, string name)
    {
        var inline = Inline.Contains(name);
        for (var k = stack.Count - 1; k >= 0 && k >= stack.Count - MaxSearch; k--)
        {
            var (open, foreign) = stack[k];
            if (open == name)
            {
                stack.RemoveRange(k, stack.Count - k);
                return;
            }

            var passes = Inline.Contains(open) || !inline && (ImpliedEnd.Contains(open) || foreign && !IntegrationPoints.Contains(open));
            if (!passes)
            {
                return;
            }
        }
    }

    private static void CloseImplied(List<(string Name, bool Foreign)> stack, string name)
    {
        if (stack.Count == 0 || stack[^1].Foreign)
        {
            return;
        }

        // An option, optgroup or ruby text closes only the element right above it; the others look through inline markup.
        if (name is "option" or "optgroup" or "rb" or "rp" or "rt" or "rtc")
        {
            if (stack[^1].Name is "option" || name is "rb" or "rp" or "rt" or "rtc" && stack[^1].Name is "rb" or "rp" or "rt" or "rtc")
            {
                stack.RemoveAt(stack.Count - 1);
            }

            return;
        }

        for (var k = stack.Count - 1; k >= 0 && k >= stack.Count - MaxSearch; k--)
        {
            var open = stack[k].Name;
            if (SameGroup(open, name))
            {
                stack.RemoveRange(k, stack.Count - k);
                return;
            }

            if (open == "p" && ClosesParagraph.Contains(name))
            {
                // The paragraph closes, and an item below it may close too ("<li><p>one<li>two").
                stack.RemoveRange(k, stack.Count - k);
                continue;
            }

            if (!Inline.Contains(open))
            {
                return;
            }
        }
    }

    private static bool SameGroup(string open, string name) => (open, name) switch
    {
        ("li", "li") => true,
        ("dd" or "dt", "dd" or "dt") => true,
        ("td" or "th", "td" or "th") => true,
        ("tr", "tr") => true,
        ("thead" or "tbody" or "tfoot", "thead" or "tbody" or "tfoot") => true,
        _ => false,
    };
}

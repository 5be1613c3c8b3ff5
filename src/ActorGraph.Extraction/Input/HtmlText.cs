using System.Text;
using AngleSharp.Dom;

namespace ActorGraph.Extraction.Input;

/// <summary>Turns HTML elements into plain text with a blank line between blocks and a line break for each <c>br</c>.</summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav",
        "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "head", "title", "button", "select", "textarea", "iframe",
    };

    /// <summary>Returns the text of an element and its descendants, walking the tree without recursion.</summary>
    public static string Extract(INode root)
    {
        var sb = new StringBuilder();

        // A block's closing break is queued as work below its children, so the walk needs no stack frame per level.
        var work = new Stack<(INode Node, bool BlockEnd)>();
        work.Push((root, false));
        while (work.TryPop(out var item))
        {
            var (node, blockEnd) = item;
            if (blockEnd)
            {
                sb.Append("\n\n");
                continue;
            }

            if (node is IText text)
            {
                // Source line breaks inside text are layout, not structure, so text nodes contribute spaces only.
                foreach (var c in text.Data)
                {
                    sb.Append(char.IsWhiteSpace(c) && c != '\u00A0' ? ' ' : c);
                }

                continue;
            }

            if (node is IElement element)
            {
                var name = element.LocalName;
                if (Skipped.Contains(name))
                {
                    continue;
                }

                if (name == "br")
                {
                    sb.Append('\n');
                    continue;
                }

                if (Blocks.Contains(name))
                {
                    sb.Append("\n\n");
                    work.Push((node, true));
                }
                else if (name is "td" or "th")
                {
                    sb.Append(' ');
                }
            }

            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                work.Push((children[i], false));
            }
        }

        return sb.ToString();
    }

    /// <summary>Returns the text of an HTML fragment, such as a JSON <c>text</c> field holding markup, with boilerplate elements removed.</summary>
    public static string FromFragment(string html)
    {
        using var document = HtmlDom.Parse(html, out _);
        HtmlBoilerplate.Remove(document);
        return document.Body is { } body ? Extract(body) : string.Empty;
    }
}

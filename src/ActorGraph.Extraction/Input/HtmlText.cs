using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

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

    /// <summary>Returns the text of an element and its descendants.</summary>
    public static string Extract(INode root)
    {
        var sb = new StringBuilder();
        Append(root, sb);
        return sb.ToString();
    }

    /// <summary>Returns the text of an HTML fragment, such as a JSON <c>text</c> field holding markup, with boilerplate elements removed.</summary>
    public static string FromFragment(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        HtmlBoilerplate.Remove(document);
        return document.Body is { } body ? Extract(body) : string.Empty;
    }

    // Source line breaks inside text are layout, not structure, so text nodes contribute spaces only.
    private static void Append(INode node, StringBuilder sb)
    {
        if (node is IText text)
        {
            foreach (var c in text.Data)
            {
                sb.Append(char.IsWhiteSpace(c) && c != '\u00A0' ? ' ' : c);
            }

            return;
        }

        if (node is not IElement element)
        {
            foreach (var child in node.ChildNodes)
            {
                Append(child, sb);
            }

            return;
        }

        var name = element.LocalName;
        if (Skipped.Contains(name))
        {
            return;
        }

        if (name == "br")
        {
            sb.Append('\n');
            return;
        }

        var block = Blocks.Contains(name);
        if (block)
        {
            sb.Append("\n\n");
        }
        else if (name is "td" or "th")
        {
            sb.Append(' ');
        }

        foreach (var child in element.ChildNodes)
        {
            Append(child, sb);
        }

        if (block)
        {
            sb.Append("\n\n");
        }
    }
}

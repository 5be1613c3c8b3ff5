using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace ActorGraph.Extraction.Input;

/// <summary>Parses pages with their nesting bounded, so that no walk over the tree, ours or a library's, can overflow the stack.</summary>
internal static class HtmlDom
{
    /// <summary>Parses a page: the source is flattened first, then any element still nested deeper than the limit keeps only its text.</summary>
    /// <param name="html">The page's source.</param>
    /// <param name="depth">The depth of the deepest node once bounded (the document is 0, <c>html</c> 1, <c>body</c> 2).</param>
    public static IHtmlDocument Parse(string html, out int depth)
    {
        var document = new HtmlParser().ParseDocument(HtmlNesting.Flatten(html));
        depth = Bound(document, HtmlNesting.MaxDepth);
        return document;
    }

    // AngleSharp's own TextContent recurses, and the source model above is an approximation of the tree builder, so the
    // tree is measured as built and whatever lies deeper than the limit is folded into text there.
    private static int Bound(INode root, int maxDepth)
    {
        var deepest = 0;
        var work = new Stack<(INode Node, int Depth)>();
        work.Push((root, 0));
        while (work.TryPop(out var item))
        {
            var (node, depth) = item;
            deepest = Math.Max(deepest, depth);
            if (depth >= maxDepth && node is IElement element && element.HasChildNodes)
            {
                element.TextContent = HtmlText.Extract(element);
                continue;
            }

            foreach (var child in node.ChildNodes)
            {
                work.Push((child, depth + 1));
            }
        }

        return deepest;
    }
}

using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace ActorGraph.Extraction.Input;

/// <summary>Removes page furniture from an HTML document before its text is read: navigation, asides, captions, teasers, appeals.</summary>
internal static class HtmlBoilerplate
{
    private const string FurnitureSelector =
        "script, style, noscript, template, nav, aside, footer, figure, figcaption, form, iframe, svg, button, select, input, textarea, dialog";

    // Class or id words that mark a block as not being the article: matched anywhere in a class or id.
    private static readonly string[] Anywhere =
    [
        "related", "newsletter", "teaser", "outbrain", "taboola", "paywall", "donat", "subscri", "recommend", "promo", "sponsor",
        "advert", "mostread", "most-read", "most_read", "mostpopular", "most-popular", "morenews", "more-news", "morestories",
        "more-stories", "readmore", "read-more", "supportus", "support-us", "signup", "sign-up", "breadcrumb", "cookie", "disqus",
        "byline", "caption", "trending",
    ];

    // Words that mark furniture only as a whole part of a class or id ("share-bar", not "shared"; "comments", not "commentary").
    private static readonly HashSet<string> WholeParts = new(StringComparer.OrdinalIgnoreCase)
    {
        "ad", "ads", "share", "shares", "sharing", "social", "comment", "comments", "credit", "credits", "author", "tags", "popular",
        "banner", "widget", "sidebar", "toolbar", "print", "meta", "timestamp",
    };

    private static readonly HashSet<string> Protected = new(StringComparer.OrdinalIgnoreCase) { "html", "body", "main", "article" };

    /// <summary>Removes furniture elements and elements whose class or id names a teaser, appeal or share block.</summary>
    public static void Remove(IHtmlDocument document)
    {
        foreach (var element in document.QuerySelectorAll(FurnitureSelector).ToArray())
        {
            element.Remove();
        }

        if (document.Body is not { } body)
        {
            return;
        }

        var bodyLength = -1;
        foreach (var element in body.QuerySelectorAll("[class], [id]").ToArray())
        {
            if (Protected.Contains(element.LocalName) || !IsFurnitureName(element.ClassName) && !IsFurnitureName(element.Id) || !IsAttached(element, body))
            {
                continue;
            }

            // A misnamed wrapper ("article share-enabled") may hold the story itself; keeping it costs less than losing the body.
            if (bodyLength < 0)
            {
                bodyLength = body.TextContent.Length;
            }

            if (bodyLength > 0 && element.TextContent.Length * 2 > bodyLength)
            {
                continue;
            }

            element.Remove();
        }
    }

    /// <summary>Whether a class list or id names furniture.</summary>
    public static bool IsFurnitureName(string? names)
    {
        if (string.IsNullOrWhiteSpace(names))
        {
            return false;
        }

        foreach (var token in names.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var word in Anywhere)
            {
                if (token.Contains(word, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            foreach (var part in token.Split(['-', '_', ':', '.'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (WholeParts.Contains(part))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsAttached(IElement element, IElement body)
    {
        for (var e = element.ParentElement; e is not null; e = e.ParentElement)
        {
            if (ReferenceEquals(e, body))
            {
                return true;
            }
        }

        return false;
    }
}

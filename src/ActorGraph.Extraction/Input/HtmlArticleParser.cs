using ActorGraph.Core.Articles;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Reader = SmartReader.Reader;

namespace ActorGraph.Extraction.Input;

/// <summary>Reads a saved web page: metadata with AngleSharp, furniture removed, main content from its markup or else SmartReader.</summary>
internal static class HtmlArticleParser
{
    private const string PlaceholderUri = "https://localhost/";

    // Readability retries with looser rules while the text is shorter than this; short wire stories need no retries.
    private const int CharThreshold = 200;

    /// <summary>Parses the decoded content of an HTML file.</summary>
    public static ParsedInput Parse(string path, string html, ArticleInputOptions options)
    {
        using var document = HtmlDom.Parse(html, out var depth);
        var metadata = HtmlMetadata.Read(document);
        HtmlBoilerplate.Remove(document);
        var readerTitle = default(string);
        var useReader = depth <= SmartReaderMaxDepth && (document.Body?.QuerySelectorAll("*").Length ?? 0) <= SmartReaderMaxElements;
        var raw = MainContent(document, metadata.Url, useReader, ref readerTitle);
        var title = ArticleBody.Title(metadata.Title) ?? ArticleBody.Title(readerTitle) ?? ArticleBody.Title(document.Title);
        var text = ArticleBody.WithoutLeadingTitle(ArticleBody.Clean(raw), title);
        if (text.Length == 0)
        {
            return ParsedInput.Fail(path, null, "missing text: the page has no article text once navigation and boilerplate are removed");
        }

        var published = metadata.Published ?? options.DefaultPublished;
        return ParsedInput.Ok(new Article(Path.GetFileName(path), title, text, published, metadata.Url, metadata.Source));
    }

    // SmartReader scores every node against its ancestors, which is cubic in the depth (2,000 nested divs: 55 s); real pages
    // nest a few dozen levels, and deeper ones are read from their body.
    private const int SmartReaderMaxDepth = 64;

    // Its time per element also grows with the page (a 1 MB page of paragraphs: 4 s), so larger pages are read from their body.
    private const int SmartReaderMaxElements = 5_000;

    // A page that marks its story up (articleBody, a dominant <article>, <main>) is read from that element directly: SmartReader
    // costs tens of milliseconds per page, which would cap throughput far below the extraction budget. Pages without such
    // markup go to SmartReader; if it finds nothing, the <body> stands in.
    private static string MainContent(IHtmlDocument document, string? url, bool useReader, ref string? readerTitle)
    {
        if (SemanticContainer(document) is { } container && ContentText(container) is { Length: > 0 } marked && !string.IsNullOrWhiteSpace(marked))
        {
            return marked;
        }

        if (!useReader)
        {
            return document.Body is { } whole ? ContentText(whole) : string.Empty;
        }

        IElement? content = null;
        try
        {
            using var reader = new Reader(Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsoluteUri : PlaceholderUri, document)
            {
                CharThreshold = CharThreshold,
            };
            reader.AddCustomOperationEnd(element => content = element);
            readerTitle = reader.GetArticle().Title;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // SmartReader is a heuristic; when it fails the body is still a fair reading of the page.
            content = null;
        }

        var chosen = content is null ? string.Empty : ContentText(content);
        return string.IsNullOrWhiteSpace(chosen) && document.Body is { } body ? ContentText(body) : chosen;
    }

    private static IElement? SemanticContainer(IHtmlDocument document)
    {
        if (document.QuerySelector("[itemprop=articleBody]") is { } articleBody)
        {
            return articleBody;
        }

        var articles = document.QuerySelectorAll("article");
        if (articles.Length == 1)
        {
            return articles[0];
        }

        if (articles.Length > 1 && document.Body is { } body)
        {
            // Several <article> elements usually mean teasers; only one holding most of the page's text is the story.
            var longest = articles.MaxBy(a => a.TextContent.Length)!;
            return longest.TextContent.Length * 2 > body.TextContent.Length ? longest : null;
        }

        return document.QuerySelector("main");
    }

    // The headline is read as the title, so headings of rank 1 do not repeat in the body.
    private static string ContentText(IElement element)
    {
        foreach (var heading in element.QuerySelectorAll("h1").ToArray())
        {
            heading.Remove();
        }

        return HtmlText.Extract(element);
    }
}

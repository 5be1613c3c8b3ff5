using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace ActorGraph.Extraction.Input;

/// <summary>What a page says about itself in its metadata: title, publication date, address and publisher.</summary>
/// <param name="Title">The headline, from Open Graph, JSON-LD or the first <c>h1</c>.</param>
/// <param name="Published">The publication date, from meta tags, JSON-LD or a <c>time</c> element.</param>
/// <param name="Url">The canonical address.</param>
/// <param name="Source">The publisher's name.</param>
internal sealed record HtmlMetadata(string? Title, DateOnly? Published, string? Url, string? Source)
{
    private const int MaxJsonDepth = 16;

    // Meta keys (property, name or itemprop) that carry the publication date, most trusted first.
    private static readonly string[] DateKeys =
    [
        "article:published_time", "og:published_time", "og:article:published_time", "datePublished", "date", "pubdate",
        "publishdate", "publish-date", "publish_date", "published_time", "dc.date.issued", "dc.date", "dcterms.issued",
        "dcterms.date", "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published", "originalpublicationdate",
    ];

    /// <summary>Reads the metadata of a parsed page; call it before anything removes scripts or meta tags.</summary>
    public static HtmlMetadata Read(IHtmlDocument document)
    {
        var metas = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in document.QuerySelectorAll("meta[content]"))
        {
            var content = meta.GetAttribute("content")?.Trim();
            if (string.IsNullOrEmpty(content))
            {
                continue;
            }

            foreach (var attribute in (ReadOnlySpan<string>)["property", "name", "itemprop"])
            {
                if (meta.GetAttribute(attribute)?.Trim() is { Length: > 0 } key)
                {
                    metas.TryAdd(key, content);
                }
            }
        }

        var linked = JsonLd.Read(document);
        return new HtmlMetadata(
            Title: First(Get(metas, "og:title"), Get(metas, "twitter:title"), linked.Headline, FirstHeading(document)),
            Published: PublishedDate(document, metas, linked),
            Url: First(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), Get(metas, "og:url"), linked.Url),
            Source: First(Get(metas, "og:site_name"), linked.Publisher, Get(metas, "application-name")));
    }

    private static DateOnly? PublishedDate(IHtmlDocument document, Dictionary<string, string> metas, JsonLd linked)
    {
        foreach (var key in DateKeys.AsSpan(0, 3))
        {
            if (PublishedDates.TryParseLenient(Get(metas, key), out var date))
            {
                return date;
            }
        }

        if (PublishedDates.TryParseLenient(linked.DatePublished, out var fromJsonLd))
        {
            return fromJsonLd;
        }

        foreach (var key in DateKeys.AsSpan(3))
        {
            if (PublishedDates.TryParseLenient(Get(metas, key), out var date))
            {
                return date;
            }
        }

        return TimeElementDate(document);
    }

    // A <time> marked as the publication time wins; otherwise the first one inside the article or main content.
    private static DateOnly? TimeElementDate(IHtmlDocument document)
    {
        var marked = document.QuerySelector("time[datetime][pubdate], time[datetime][itemprop=datePublished]");
        var candidate = marked
            ?? document.QuerySelector("article time[datetime]")
            ?? document.QuerySelector("main time[datetime]")
            ?? document.QuerySelectorAll("time[datetime]").FirstOrDefault(t => t.Closest("aside, nav, footer") is null);
        return PublishedDates.TryParseLenient(candidate?.GetAttribute("datetime"), out var date) ? date : null;
    }

    private static string? FirstHeading(IHtmlDocument document) =>
        (document.QuerySelector("article h1") ?? document.QuerySelector("h1"))?.TextContent;

    private static string? Get(Dictionary<string, string> metas, string key) => metas.GetValueOrDefault(key);

    private static string? First(params ReadOnlySpan<string?> values)
    {
        foreach (var value in values)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }
        }

        return null;
    }

    /// <summary>The article fields of the page's JSON-LD scripts (schema.org), found at any depth or in an <c>@graph</c>.</summary>
    private sealed record JsonLd(string? DatePublished, string? Headline, string? Url, string? Publisher)
    {
        public static JsonLd Read(IHtmlDocument document)
        {
            var found = new JsonLd(null, null, null, null);
            foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
            {
                try
                {
                    using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                    found = Visit(json.RootElement, found, 0);
                }
                catch (Exception ex) when (ex is JsonException or InvalidOperationException)
                {
                    // Broken JSON-LD is common on real pages (malformed, or a string escaping a lone surrogate); the other metadata still counts.
                }
            }

            return found;
        }

        private static JsonLd Visit(JsonElement element, JsonLd found, int depth)
        {
            if (depth > MaxJsonDepth)
            {
                return found;
            }

            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    found = Visit(item, found, depth + 1);
                }

                return found;
            }

            if (element.ValueKind != JsonValueKind.Object)
            {
                return found;
            }

            found = found with
            {
                DatePublished = found.DatePublished ?? String(element, "datePublished"),
                Headline = found.Headline ?? String(element, "headline"),
                Url = found.Url ?? (String(element, "datePublished") is not null ? String(element, "url") : null),
                Publisher = found.Publisher ?? (element.TryGetProperty("publisher", out var publisher) ? String(publisher, "name") : null),
            };

            foreach (var property in element.EnumerateObject())
            {
                if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array && property.Name != "publisher")
                {
                    found = Visit(property.Value, found, depth + 1);
                }
            }

            return found;
        }

        private static string? String(JsonElement element, string name) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
    }
}

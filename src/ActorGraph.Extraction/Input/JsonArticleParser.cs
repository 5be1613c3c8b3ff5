using System.Globalization;
using System.Text.Json;
using ActorGraph.Core.Articles;

namespace ActorGraph.Extraction.Input;

/// <summary>Reads <c>.json</c> (one article object) and <c>.jsonl</c> (one object per line) articles.</summary>
internal static class JsonArticleParser
{
    /// <summary>Parses a whole <c>.json</c> file holding one article object.</summary>
    public static ParsedInput ParseDocument(string path, ReadOnlySpan<byte> bytes, ArticleInputOptions options)
    {
        if (bytes.StartsWith(Utf8Text.Bom))
        {
            bytes = bytes[Utf8Text.Bom.Length..];
        }

        if (Utf8Text.LineOfFirstInvalidByte(bytes) is var invalid and > 0)
        {
            return ParsedInput.Fail(path, invalid, "invalid UTF-8");
        }

        return ParseObject(path, null, bytes, options);
    }

    /// <summary>Parses a <c>.jsonl</c> file line by line: blank lines are skipped, and each bad line is one error.</summary>
    public static (List<Article> Articles, List<InputError> Errors) ParseLines(string path, ReadOnlySpan<byte> bytes, ArticleInputOptions options, CancellationToken cancellationToken)
    {
        var articles = new List<Article>();
        var errors = new List<InputError>();
        var firstLineOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        if (bytes.StartsWith(Utf8Text.Bom))
        {
            bytes = bytes[Utf8Text.Bom.Length..];
        }

        var lineNumber = 0;
        while (!bytes.IsEmpty)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lineNumber++;
            var newline = bytes.IndexOf((byte)'\n');
            var line = newline < 0 ? bytes : bytes[..newline];
            bytes = newline < 0 ? [] : bytes[(newline + 1)..];
            line = line.Trim(" \t\r"u8);
            if (line.IsEmpty)
            {
                continue;
            }

            var parsed = Utf8Text.LineOfFirstInvalidByte(line) > 0
                ? ParsedInput.Fail(path, lineNumber, "invalid UTF-8")
                : ParseObject(path, lineNumber, line, options);
            if (parsed.Article is { } article)
            {
                if (firstLineOfId.TryGetValue(article.Id, out var first))
                {
                    errors.Add(new InputError(path, lineNumber, string.Create(CultureInfo.InvariantCulture, $"duplicate id \"{article.Id}\" (first on line {first})")));
                    continue;
                }

                firstLineOfId[article.Id] = lineNumber;
                articles.Add(article);
            }
            else if (parsed.Error is { } error)
            {
                errors.Add(error);
            }
        }

        if (articles.Count == 0 && errors.Count == 0)
        {
            errors.Add(new InputError(path, null, "empty file: expected one JSON article object per line"));
        }

        return (articles, errors);
    }

    // For a .json file the line comes from the JSON reader; for a .jsonl line it is that line.
    private static ParsedInput ParseObject(string path, int? line, ReadOnlySpan<byte> json, ArticleInputOptions options)
    {
        JsonArticleFields? fields;
        string? reason;
        try
        {
            fields = JsonArticleFields.Read(json, wholeFile: line is null, out reason);
        }
        catch (JsonException ex)
        {
            var column = (ex.BytePositionInLine ?? 0) + 1;
            return ParsedInput.Fail(path, line ?? (int)(ex.LineNumber ?? 0) + 1, string.Create(CultureInfo.InvariantCulture, $"malformed JSON at column {column}: {Describe(ex)}"));
        }

        if (fields is null)
        {
            return ParsedInput.Fail(path, line, reason ?? "not an article object");
        }

        return Build(path, line, fields, options);
    }

    private static ParsedInput Build(string path, int? line, JsonArticleFields fields, ArticleInputOptions options)
    {
        if (string.IsNullOrWhiteSpace(fields.Id))
        {
            return ParsedInput.Fail(path, line, "missing \"id\": every JSON article needs one");
        }

        if (string.IsNullOrWhiteSpace(fields.Text))
        {
            return ParsedInput.Fail(path, line, "missing text: expected a non-empty \"text\" or \"body\" field");
        }

        var published = options.DefaultPublished;
        if (!string.IsNullOrWhiteSpace(fields.Published))
        {
            if (!PublishedDates.TryParseIso(fields.Published, out var date))
            {
                return ParsedInput.Fail(path, line, $"bad \"published\" value \"{fields.Published}\": expected an ISO date such as 2025-05-08 or a date-time such as 2025-05-08T10:00:00+03:00");
            }

            published = date;
        }

        var raw = fields.Text.TrimStart();
        var text = ArticleBody.Clean(raw.StartsWith('<') ? HtmlText.FromFragment(raw) : raw);
        if (text.Length == 0)
        {
            return ParsedInput.Fail(path, line, "missing text: nothing is left of \"text\" once boilerplate is removed");
        }

        var id = fields.Id.Trim();
        return ParsedInput.Ok(new Article(id, ArticleBody.Title(fields.Title), text, published, Blank(fields.Url), Blank(fields.Source)));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // The reader's message ends with its own "LineNumber: 0 | BytePositionInLine: 3." which the error already says better.
    private static string Describe(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut < 0 ? message : message[..cut]).TrimEnd();
    }
}

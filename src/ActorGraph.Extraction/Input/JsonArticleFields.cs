using System.Text;
using System.Text.Json;

namespace ActorGraph.Extraction.Input;

/// <summary>The fields of one JSON article object, read without building a document.</summary>
internal sealed record JsonArticleFields(string? Id, string? Title, string? Text, string? Published, string? Url, string? Source)
{
    /// <summary>Reads one object from a complete JSON value (a whole file, or one line); the reason is set when the value is valid JSON of the wrong shape.</summary>
    /// <exception cref="JsonException">The bytes are not well-formed JSON.</exception>
    public static JsonArticleFields? Read(ReadOnlySpan<byte> json, bool wholeFile, out string? reason)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        if (!reader.Read())
        {
            reason = "empty JSON";
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reason = wholeFile && reader.TokenType == JsonTokenType.StartArray
                ? "expected one JSON object, found an array (write one object per line in a .jsonl file instead)"
                : $"expected a JSON object, found {Describe(reader.TokenType)}";
            return null;
        }

        string? id = null, title = null, text = null, body = null, published = null, url = null, source = null;
        reason = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = JsonStrings.Get(ref reader);
            reader.Read();
            switch (name)
            {
                case "id":
                    id = reader.TokenType == JsonTokenType.Number ? Encoding.UTF8.GetString(reader.ValueSpan) : ReadString(ref reader, name, ref reason);
                    break;
                case "title":
                    title = ReadString(ref reader, name, ref reason);
                    break;
                case "text":
                    text = ReadString(ref reader, name, ref reason);
                    break;
                case "body":
                    body = ReadString(ref reader, name, ref reason);
                    break;
                case "published":
                    published = ReadString(ref reader, name, ref reason);
                    break;
                case "url":
                    url = ReadString(ref reader, name, ref reason);
                    break;
                case "source":
                    source = ReadString(ref reader, name, ref reason);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        // Anything after the object other than whitespace makes the reader throw, which reports it as malformed.
        while (reader.Read())
        {
        }

        return reason is null ? new JsonArticleFields(id, title, string.IsNullOrWhiteSpace(text) ? body : text, published, url, source) : null;
    }

    private static string? ReadString(ref Utf8JsonReader reader, string name, ref string? reason)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return JsonStrings.Get(ref reader);
            case JsonTokenType.Null:
                return null;
            default:
                reason ??= $"field \"{name}\" must be a string, found {Describe(reader.TokenType)}";
                reader.Skip();
                return null;
        }
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}

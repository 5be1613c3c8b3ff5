using System.Net;
using System.Text;

namespace ActorGraph.Extraction.Text;

/// <summary>Decodes entities and tidies whitespace while keeping line and paragraph structure.</summary>
internal static class TextNormalizer
{
    /// <summary>Returns the text with entities decoded, lone surrogates replaced, odd spaces made plain, lines trimmed and blank-line runs reduced to one.</summary>
    public static string Normalize(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        // Entities such as &#xD800; decode to lone surrogates too, so the replacement comes after decoding.
        var text = Surrogates.ReplaceLone(raw.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(raw) : raw);
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        var newlines = 0; // line ends seen since the last visible character
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsLineEnd(c))
            {
                // \r\n is one line end; a lone \r counts as one too.
                if (c != '\r' || i + 1 >= text.Length || text[i + 1] != '\n')
                {
                    newlines++;
                }

                pendingSpace = false;
                continue;
            }

            if (IsDropped(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = true;
                continue;
            }

            if (sb.Length > 0)
            {
                if (newlines > 0)
                {
                    sb.Append(newlines > 1 ? "\n\n" : "\n");
                }
                else if (pendingSpace)
                {
                    sb.Append(' ');
                }
            }

            newlines = 0;
            pendingSpace = false;
            sb.Append(c);
        }

        return sb.ToString();
    }

    private static bool IsLineEnd(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u000B' or '\u000C' or '\u0085';

    // Zero-width characters and soft hyphens split words invisibly, so they go.
    private static bool IsDropped(char c) => c is '\u200B' or '\u2060' or '\uFEFF' or '\u00AD';
}

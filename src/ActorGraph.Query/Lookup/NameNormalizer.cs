using System.Globalization;
using System.Text;

namespace ActorGraph.Query.Lookup;

/// <summary>Folds names for matching: lower case, diacritics stripped, punctuation and runs of spaces made single spaces.</summary>
public static class NameNormalizer
{
    /// <summary>Normalises a name: <c>"  Erdoğan,  Recep-Tayyip "</c> becomes <c>"erdogan recep tayyip"</c>.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            // Apostrophes and dots vanish ("U.S." is "us", "O'Neill" is "oneill"); other separators become one space.
            if (c is '\'' or '’' or '.')
            {
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            AppendFolded(builder, char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    // Letters that carry no combining mark to strip but are still "accented" to a reader.
    private static void AppendFolded(StringBuilder builder, char c)
    {
        switch (c)
        {
            case 'ß': builder.Append("ss"); break;
            case 'æ': builder.Append("ae"); break;
            case 'œ': builder.Append("oe"); break;
            case 'ø': builder.Append('o'); break;
            case 'ł': builder.Append('l'); break;
            case 'đ': builder.Append('d'); break;
            case 'ð': builder.Append('d'); break;
            case 'þ': builder.Append("th"); break;
            case 'ı': builder.Append('i'); break;
            default: builder.Append(c); break;
        }
    }
}

using System.Globalization;
using System.Text;

namespace ActorGraph.Extraction.Text;

/// <summary>Folds text for matching: lowercase, accents removed, curly apostrophes straightened.</summary>
public static class TextFold
{
    /// <summary>The folded form of a word or phrase.</summary>
    public static string Fold(ReadOnlySpan<char> text)
    {
        var ascii = true;
        foreach (var c in text)
        {
            if (c > 0x7F)
            {
                ascii = false;
                break;
            }
        }

        if (ascii)
        {
            Span<char> lower = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
            for (var i = 0; i < text.Length; i++)
            {
                lower[i] = char.ToLowerInvariant(text[i]);
            }

            return new string(lower);
        }

        // Normalisation refuses lone surrogates; they carry no letter to match, so they fold to U+FFFD. It also refuses
        // noncharacters such as U+FFFE, and such a word is folded without removing accents.
        var whole = Surrogates.ReplaceLone(text.ToString());
        string decomposed;
        try
        {
            decomposed = whole.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            decomposed = whole;
        }

        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            sb.Append(c switch
            {
                '\u2019' or '\u2018' or '\u02BC' => '\'',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' => '-',
                'ı' => 'i',
                _ => char.ToLowerInvariant(c),
            });
        }

        return sb.ToString();
    }
}

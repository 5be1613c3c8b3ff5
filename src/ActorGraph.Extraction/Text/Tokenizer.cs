namespace ActorGraph.Extraction.Text;

/// <summary>Splits a sentence into word and punctuation tokens in one linear pass.</summary>
/// <remarks>
/// A surrogate pair is never split: a letter outside the Basic Multilingual Plane is part of its word, any other such
/// character is one token. Dotted abbreviations (U.S., D.C.) stay one token; hyphenated words (al-Assad, Jong-un) stay one token;
/// a possessive <c>'s</c> becomes a token of its own so "Xi's" is "Xi" + "'s".
/// </remarks>
public static class Tokenizer
{
    /// <summary>Tokenizes <paramref name="text"/>.</summary>
    public static List<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 5 + 4);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(text, i))
            {
                var start = i;
                i = ScanWord(text, i);
                Add(tokens, text, start, i - start, true);
                if (i < text.Length - 1 && IsApostrophe(text[i]) && (text[i + 1] is 's' or 'S') && (i + 2 >= text.Length || !char.IsLetter(text[i + 2])))
                {
                    tokens.Add(new Token(i, 2, text.Substring(i, 2), "'s", true));
                    i += 2;
                }
                else if (i < text.Length && IsApostrophe(text[i]) && text[i - 1] is 's' && (i + 1 >= text.Length || !char.IsLetter(text[i + 1])))
                {
                    tokens.Add(new Token(i, 1, text.Substring(i, 1), "'s", true));
                    i++;
                }

                continue;
            }

            // A symbol outside the Basic Multilingual Plane (an emoji) is two chars and one token: never split a pair.
            var width = char.IsSurrogatePair(text, i) ? 2 : 1;
            Add(tokens, text, i, width, false);
            i += width;
        }

        return tokens;
    }

    private static int ScanWord(string text, int i)
    {
        var start = i;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(text, i) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                // Letters outside the Basic Multilingual Plane (mathematical letters, rare CJK) take two chars.
                i += char.IsSurrogatePair(text, i) ? 2 : 1;
                continue;
            }

            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if ((c is '-' or '\u2011' or '\u2010') && char.IsLetterOrDigit(next))
            {
                i++;
                continue;
            }

            if (IsApostrophe(c) && char.IsLetter(next) && !((next is 's' or 'S') && (i + 2 >= text.Length || !char.IsLetter(text[i + 2]))))
            {
                // O'Brien, Ma'ariv: an apostrophe inside a word.
                i++;
                continue;
            }

            if (c == '.' && char.IsLetter(next) && i + 2 < text.Length && text[i + 2] == '.' && i - start <= 2)
            {
                // U.S. / U.K. / D.C.: letter, dot, letter, dot.
                i += 2;
                continue;
            }

            if (c == '.' && i - start <= 5 && char.IsUpper(text[start]) && char.IsLetter(text[i - 1]) && IsDottedAbbreviationEnd(text, start, i))
            {
                i++;
                continue;
            }

            if (c is '.' or ',' && char.IsDigit(next) && char.IsDigit(text[i - 1]))
            {
                i++;
                continue;
            }

            break;
        }

        return i;
    }

    private static bool IsDottedAbbreviationEnd(string text, int start, int dot)
    {
        // The final dot of "U.S." belongs to the token when the token already holds an inner dot.
        for (var k = start; k < dot; k++)
        {
            if (text[k] == '.')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFolded(string s)
    {
        foreach (var c in s)
        {
            if (c > 0x7F || char.IsUpper(c) || c == '\'')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    // News repeats its words: each thread keeps the words it has seen with their folded forms, so a repeated word
    // costs a lookup, not two new strings. Bounded so an endless stream of new words cannot grow it without limit.
    private const int PoolLimit = 200_000;

    [ThreadStatic]
    private static Dictionary<string, (string Text, string Norm)>? t_pool;

    private static void Add(List<Token> tokens, string text, int start, int length, bool isWord)
    {
        var pool = t_pool ??= new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        var lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();
        var span = text.AsSpan(start, length);
        if (!lookup.TryGetValue(span, out var word))
        {
            var s = span.ToString();
            word = (s, IsFolded(s) ? s : TextFold.Fold(s));
            if (pool.Count >= PoolLimit)
            {
                pool.Clear();
            }

            pool[s] = word;
        }

        tokens.Add(new Token(start, length, word.Text, word.Norm, isWord));
    }
}

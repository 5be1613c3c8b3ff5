namespace ActorGraph.Syntax.Text;

/// <summary>Splits text into sentences of tokens the way UD English does: punctuation and the clitics 's, n't, 're,
/// 've, 'll, 'd, 'm come off their words; hyphenated words, numbers, initialisms (U.S.) and known abbreviations
/// (Mr.) stay whole; every token keeps its character offsets into the text.</summary>
public static class Tokenizer
{
    private const string Opening = "([{\"'`“‘«";
    private const string Closing = ")]}\"'”’»,;:!?…";
    private static readonly string[] Clitics = ["n't", "n’t", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m"];

    /// <summary>Splits text into sentences of tokens.</summary>
    public static IReadOnlyList<IReadOnlyList<TextToken>> Sentences(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<IReadOnlyList<TextToken>>();
        var current = new List<TextToken>();
        var tokens = Tokens(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (current.Count > 0 && ParagraphBreakBefore(text, current[^1].End, token.Start))
            {
                sentences.Add(current);
                current = [];
            }

            current.Add(token);
            if (EndsSentence(tokens, i))
            {
                // Closing quotes and brackets right after the stop belong to the sentence it ends.
                while (i + 1 < tokens.Count && tokens[i + 1].Text is "\"" or "'" or "”" or "’" or ")" or "]" or "»" && tokens[i + 1].Start == tokens[i].End)
                {
                    current.Add(tokens[++i]);
                }

                sentences.Add(current);
                current = [];
            }
        }

        if (current.Count > 0)
        {
            sentences.Add(current);
        }

        return sentences;
    }

    /// <summary>Splits text into tokens without looking for sentence ends.</summary>
    public static IReadOnlyList<TextToken> Tokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<TextToken>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            SplitChunk(text, start, i, tokens);
        }

        return tokens;
    }

    private static void SplitChunk(string text, int start, int end, List<TextToken> tokens)
    {
        var trailing = new List<TextToken>();
        if (IsUrlOrEmail(text.AsSpan(start, end - start)))
        {
            while (end - start > 1 && ".,;:!?)]\"'".Contains(text[end - 1], StringComparison.Ordinal))
            {
                trailing.Insert(0, Token(text, end - 1, end));
                end--;
            }

            tokens.Add(Token(text, start, end));
            tokens.AddRange(trailing);
            return;
        }

        // Leading punctuation, one character a token (a clitic written on its own, "'s", stays whole).
        while (end - start > 1 && Opening.Contains(text[start], StringComparison.Ordinal) && !IsClitic(text.AsSpan(start, end - start)))
        {
            tokens.Add(Token(text, start, start + 1));
            start++;
        }

        // Trailing punctuation; an ellipsis stays one token, and a stop stays on an abbreviation.
        while (end - start > 1)
        {
            var last = text[end - 1];
            if (last == '.')
            {
                var dots = 1;
                while (end - dots - 1 >= start && text[end - dots - 1] == '.')
                {
                    dots++;
                }

                if (dots >= 2 && end - dots > start)
                {
                    trailing.Insert(0, Token(text, end - dots, end));
                    end -= dots;
                    continue;
                }

                if (dots == 1 && !Abbreviations.KeepsStop(text.AsSpan(start, end - 1 - start)))
                {
                    trailing.Insert(0, Token(text, end - 1, end));
                    end--;
                    continue;
                }

                break;
            }

            if (Closing.Contains(last, StringComparison.Ordinal) && !IsClitic(text.AsSpan(start, end - start)))
            {
                trailing.Insert(0, Token(text, end - 1, end));
                end--;
                continue;
            }

            break;
        }

        SplitClitic(text, start, end, tokens);
        tokens.AddRange(trailing);
    }

    private static void SplitClitic(string text, int start, int end, List<TextToken> tokens)
    {
        var word = text.AsSpan(start, end - start);
        if (word.Equals("cannot", StringComparison.OrdinalIgnoreCase))
        {
            tokens.Add(Token(text, start, start + 3));
            tokens.Add(Token(text, start + 3, end));
            return;
        }

        foreach (var clitic in Clitics)
        {
            if (word.Length > clitic.Length && word.EndsWith(clitic, StringComparison.OrdinalIgnoreCase))
            {
                var cut = end - clitic.Length;
                tokens.Add(Token(text, start, cut));
                tokens.Add(Token(text, cut, end));
                return;
            }
        }

        if (word.Length > 0)
        {
            tokens.Add(Token(text, start, end));
        }
    }

    private static bool IsClitic(ReadOnlySpan<char> word)
    {
        foreach (var clitic in Clitics)
        {
            if (word.Equals(clitic, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUrlOrEmail(ReadOnlySpan<char> chunk) =>
        chunk.Contains("://", StringComparison.Ordinal) || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
        || (chunk.IndexOf('@') > 0 && chunk[(chunk.IndexOf('@') + 1)..].Contains('.'));

    private static bool EndsSentence(IReadOnlyList<TextToken> tokens, int i)
    {
        var text = tokens[i].Text;
        var next = i + 1 < tokens.Count ? tokens[i + 1].Text : null;
        if (text is "." or "!" or "?" or "…" || (text.Length > 1 && text.All(c => c == '.')))
        {
            return next is null || !char.IsLower(next[0]);
        }

        // An abbreviation's stop ends the sentence only before a word that usually starts one.
        return text.Length > 1 && text[^1] == '.' && char.IsUpper(text[0]) && next is not null && Abbreviations.StartsSentence(next);
    }

    private static bool ParagraphBreakBefore(string text, int from, int to)
    {
        var newlines = 0;
        for (var i = from; i < to; i++)
        {
            if (text[i] == '\n')
            {
                newlines++;
            }
        }

        return newlines >= 2;
    }

    private static TextToken Token(string text, int start, int end) => new(text[start..end], start, end);
}

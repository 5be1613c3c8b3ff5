namespace ActorGraph.Extraction.Input;

/// <summary>One start or end tag found by <see cref="HtmlTagScanner"/>: its name (ASCII lowercase) and where it lies in the page.</summary>
internal readonly record struct HtmlTag(string Name, int Start, int End, bool IsEnd, bool SelfClosing);

/// <summary>
/// Finds the start and end tags of a page in one linear pass, skipping comments, declarations and attribute values the
/// way the HTML tokenizer does; the caller skips the raw text of <c>script</c>, <c>style</c> and the like, which holds no tags.
/// </summary>
internal sealed class HtmlTagScanner(string html)
{
    private static readonly HashSet<string> RawText = new(StringComparer.Ordinal) { "script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title" };

    private int _position;

    /// <summary>Whether raw text elements (<c>script</c>, <c>style</c>…) hold text rather than tags: not in SVG or MathML content.</summary>
    public static bool IsRawText(string name) => RawText.Contains(name);

    /// <summary>Finds the next tag, or returns false at the end of the page.</summary>
    public bool TryNext(out HtmlTag tag)
    {
        var i = _position;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }

            var c = html[lt + 1];
            if (c == '!')
            {
                i = SkipDeclaration(html, lt);
                continue;
            }

            if (c == '?')
            {
                i = AfterNext(html, '>', lt + 2);
                continue;
            }

            var isEnd = c == '/';
            var nameStart = isEnd ? lt + 2 : lt + 1;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                // "</>" is dropped; "</3" and other end-tag junk is a bogus comment up to '>'; a lone '<' is text.
                i = isEnd ? AfterNext(html, '>', nameStart) : lt + 1;
                continue;
            }

            var nameEnd = nameStart;
            while (nameEnd < html.Length && !IsTagNameEnd(html[nameEnd]))
            {
                nameEnd++;
            }

            var end = SkipAttributes(html, nameEnd, out var selfClosing);
            if (end < 0)
            {
                // A tag cut off by the end of the file is dropped by the tokenizer too.
                break;
            }

            _position = end;
            tag = new HtmlTag(html.Substring(nameStart, nameEnd - nameStart).ToLowerInvariant(), lt, end, isEnd, selfClosing);
            return true;
        }

        _position = html.Length;
        tag = default;
        return false;
    }

    /// <summary>Moves past the raw text of the element whose start tag was found last, up to its end tag.</summary>
    public void SkipRawText(string name) => _position = RawTextEnd(html, _position, name);

    // Comments end at "-->" or "--!>" ("<!-->" and "<!--->" are empty comments); other declarations at the next '>'.
    private static int SkipDeclaration(string html, int lt)
    {
        if (string.CompareOrdinal(html, lt, "<!--", 0, 4) != 0)
        {
            return AfterNext(html, '>', lt + 2);
        }

        var from = lt + 4;
        if (from < html.Length && html[from] == '>')
        {
            return from + 1;
        }

        if (from + 1 < html.Length && html[from] == '-' && html[from + 1] == '>')
        {
            return from + 2;
        }

        while (true)
        {
            var dashes = html.IndexOf("--", from, StringComparison.Ordinal);
            if (dashes < 0)
            {
                return html.Length;
            }

            var after = dashes + 2;
            if (after < html.Length && html[after] == '>')
            {
                return after + 1;
            }

            if (after + 1 < html.Length && html[after] == '!' && html[after + 1] == '>')
            {
                return after + 2;
            }

            from = dashes + 1;
        }
    }

    // Follows the tokenizer's attribute states: a quote only opens a value right after '='; returns the offset after '>' or -1 at the end.
    private static int SkipAttributes(string html, int i, out bool selfClosing)
    {
        selfClosing = false;
        while (i < html.Length)
        {
            var slash = false;
            while (i < html.Length && (char.IsWhiteSpace(html[i]) || html[i] == '/'))
            {
                slash = html[i] == '/';
                i++;
            }

            if (i >= html.Length)
            {
                return -1;
            }

            if (html[i] == '>')
            {
                selfClosing = slash;
                return i + 1;
            }

            // The attribute name: its first character may be anything, even '='.
            i++;
            while (i < html.Length && !IsTagNameEnd(html[i]) && html[i] != '=')
            {
                i++;
            }

            while (i < html.Length && char.IsWhiteSpace(html[i]))
            {
                i++;
            }

            if (i >= html.Length || html[i] != '=')
            {
                continue;
            }

            i++;
            while (i < html.Length && char.IsWhiteSpace(html[i]))
            {
                i++;
            }

            if (i < html.Length && html[i] is '"' or '\'')
            {
                var close = html.IndexOf(html[i], i + 1);
                if (close < 0)
                {
                    return -1;
                }

                i = close + 1;
                continue;
            }

            while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>')
            {
                i++;
            }
        }

        return -1;
    }

    // Raw text runs to the matching end tag ("</script" followed by a space, '/' or '>'), compared without case.
    private static int RawTextEnd(string html, int from, string name)
    {
        while (true)
        {
            var at = html.IndexOf("</" + name, from, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return html.Length;
            }

            var after = at + 2 + name.Length;
            if (after >= html.Length || IsTagNameEnd(html[after]))
            {
                return at;
            }

            from = at + 1;
        }
    }

    private static int AfterNext(string html, char c, int from)
    {
        var at = from < html.Length ? html.IndexOf(c, from) : -1;
        return at < 0 ? html.Length : at + 1;
    }

    private static bool IsTagNameEnd(char c) => char.IsWhiteSpace(c) || c is '/' or '>';
}

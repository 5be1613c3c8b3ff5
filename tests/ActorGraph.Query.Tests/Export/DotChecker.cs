using System.Text;

namespace ActorGraph.Query.Tests.Export;

/// <summary>
/// A grammar-level DOT reader for tests: tokenizes ids, numerals, quoted strings (Graphviz escapes \" and \\),
/// braces, brackets and edge operators, then parses <c>digraph ID? { stmt* }</c> with node, edge and attribute statements.
/// </summary>
internal sealed class DotChecker
{
    private readonly List<(string Kind, string Text)> tokens;
    private int position;

    private DotChecker(string text) => tokens = Tokenize(text);

    public Dictionary<string, Dictionary<string, string>> Nodes { get; } = [];

    public List<(string From, string To, Dictionary<string, string> Attributes)> Edges { get; } = [];

    public static DotChecker Parse(string text)
    {
        var checker = new DotChecker(text);
        checker.Graph();
        return checker;
    }

    private void Graph()
    {
        Expect("id", "digraph");
        if (Peek().Kind is "id" or "string")
        {
            position++;
        }

        Expect("{");
        while (Peek().Kind != "}")
        {
            Statement();
        }

        Expect("}");
        Assert.Equal("end", Peek().Kind);
    }

    private void Statement()
    {
        var first = Next();
        Assert.True(first.Kind is "id" or "string", $"statement starts with {first.Kind} '{first.Text}'");
        if (first.Kind == "id" && first.Text is "graph" or "node" or "edge" && Peek().Kind == "[")
        {
            Attributes();
        }
        else if (Peek().Kind == "->")
        {
            position++;
            var target = Next();
            Assert.True(target.Kind is "id" or "string");
            Edges.Add((first.Text, target.Text, Peek().Kind == "[" ? Attributes() : []));
        }
        else
        {
            Assert.False(Nodes.ContainsKey(first.Text), $"node {first.Text} declared twice");
            Nodes[first.Text] = Peek().Kind == "[" ? Attributes() : [];
        }

        if (Peek().Kind == ";")
        {
            position++;
        }
    }

    private Dictionary<string, string> Attributes()
    {
        var attributes = new Dictionary<string, string>();
        Expect("[");
        while (Peek().Kind != "]")
        {
            var name = Next();
            Assert.True(name.Kind is "id" or "string");
            Expect("=");
            var value = Next();
            Assert.True(value.Kind is "id" or "string" or "number", $"attribute value {value.Kind}");
            attributes[name.Text] = value.Text;
            if (Peek().Kind is "," or ";")
            {
                position++;
            }
        }

        Expect("]");
        return attributes;
    }

    private (string Kind, string Text) Peek() => tokens[position];

    private (string Kind, string Text) Next() => tokens[position++];

    private void Expect(string kind, string? text = null)
    {
        var token = Next();
        Assert.Equal(kind, token.Kind);
        if (text is not null)
        {
            Assert.Equal(text, token.Text);
        }
    }

    private static List<(string, string)> Tokenize(string text)
    {
        var tokens = new List<(string, string)>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '"')
            {
                var value = new StringBuilder();
                i++;
                while (true)
                {
                    Assert.True(i < text.Length, "unterminated quoted string");
                    if (text[i] == '"')
                    {
                        i++;
                        break;
                    }

                    if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] is '"' or '\\' or 'n')
                    {
                        value.Append(text[i + 1] == 'n' ? '\n' : text[i + 1]);
                        i += 2;
                    }
                    else
                    {
                        value.Append(text[i++]);
                    }
                }

                // Graphviz reads entities in strings, as the exporter's &amp; relies on.
                tokens.Add(("string", value.ToString().Replace("&amp;", "&", StringComparison.Ordinal)));
            }
            else if (c == '-' && i + 1 < text.Length && text[i + 1] == '>')
            {
                tokens.Add(("->", "->"));
                i += 2;
            }
            else if ("{}[];,=".Contains(c, StringComparison.Ordinal))
            {
                tokens.Add((c.ToString(), c.ToString()));
                i++;
            }
            else if (char.IsAsciiDigit(c) || c == '.' || c == '-')
            {
                var start = i++;
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
                {
                    i++;
                }

                tokens.Add(("number", text[start..i]));
            }
            else if (char.IsLetter(c) || c == '_')
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                tokens.Add(("id", text[start..i]));
            }
            else
            {
                Assert.Fail($"unexpected character '{c}' at {i}");
            }
        }

        tokens.Add(("end", ""));
        return tokens;
    }
}

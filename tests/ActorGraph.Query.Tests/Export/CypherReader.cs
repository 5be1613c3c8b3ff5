using System.Globalization;
using System.Text;

namespace ActorGraph.Query.Tests.Export;

/// <summary>
/// Reads back the statements <c>CypherExporter</c> writes, with a real tokenizer for Cypher string literals
/// (escapes \\ \' \" \n \r \t \b \f \uXXXX), so a badly escaped value fails to parse rather than slipping through.
/// </summary>
internal sealed class CypherReader
{
    private List<(string Kind, string Text)> tokens = [];
    private int position;

    public List<(string Id, List<string> Labels, Dictionary<string, object?> Properties)> Nodes { get; } = [];

    public List<(string Source, string Target, string Type, Dictionary<string, object?> Properties)> Relations { get; } = [];

    public int Constraints { get; private set; }

    public static CypherReader Parse(string script)
    {
        var reader = new CypherReader();
        var all = Tokenize(script);
        var statement = new List<(string, string)>();
        foreach (var token in all)
        {
            if (token.Kind == ";")
            {
                reader.Statement([.. statement, ("end", "")]);
                statement.Clear();
            }
            else
            {
                statement.Add(token);
            }
        }

        Assert.Empty(statement);
        return reader;
    }

    private void Statement(List<(string, string)> statement)
    {
        tokens = statement;
        position = 0;
        var keyword = Word();
        if (keyword == "CREATE")
        {
            Constraints++;
            return;
        }

        if (keyword == "MERGE")
        {
            var (variable, id) = NodePattern();
            Word("SET");
            var (labels, properties) = Assignments(variable);
            Nodes.Add((id, labels, properties));
        }
        else
        {
            Assert.Equal("MATCH", keyword);
            var (s, source) = NodePattern();
            Expect(",");
            var (t, target) = NodePattern();
            Word("MERGE");
            Expect("(");
            Word(s);
            Expect(")");
            Expect("-");
            Expect("[");
            var r = Word();
            Expect(":");
            var type = Word();
            Expect("]");
            Expect("->");
            Expect("(");
            Word(t);
            Expect(")");
            Word("SET");
            var (_, properties) = Assignments(r);
            Relations.Add((source, target, type, properties));
        }

        Expect("end");
    }

    private (string Variable, string Id) NodePattern()
    {
        Expect("(");
        var variable = Word();
        Expect(":");
        Word("Actor");
        Expect("{");
        Word("id");
        Expect(":");
        var id = (string)Value()!;
        Expect("}");
        Expect(")");
        return (variable, id);
    }

    private (List<string> Labels, Dictionary<string, object?> Properties) Assignments(string variable)
    {
        var labels = new List<string>();
        var properties = new Dictionary<string, object?>();
        do
        {
            Word(variable);
            if (Peek().Kind == ":")
            {
                position++;
                labels.Add(Word());
            }
            else
            {
                Expect(".");
                var name = Word();
                Expect("=");
                properties[name] = Value();
            }
        }
        while (TryTake(","));

        return (labels, properties);
    }

    private object? Value()
    {
        var token = tokens[position++];
        switch (token.Kind)
        {
            case "string": return token.Text;
            case "number": return double.Parse(token.Text, CultureInfo.InvariantCulture);
            case "word" when token.Text is "true" or "false": return token.Text == "true";
            case "word" when token.Text == "null": return null;
            case "word" when token.Text == "date":
                Expect("(");
                var date = DateOnly.ParseExact((string)Value()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                Expect(")");
                return date;
            default:
                Assert.Fail($"unexpected value {token.Kind} '{token.Text}'");
                return null;
        }
    }

    private (string Kind, string Text) Peek() => tokens[position];

    private bool TryTake(string kind)
    {
        if (Peek().Kind != kind)
        {
            return false;
        }

        position++;
        return true;
    }

    private string Word(string? expected = null)
    {
        var token = tokens[position++];
        Assert.Equal("word", token.Kind);
        if (expected is not null)
        {
            Assert.Equal(expected, token.Text);
        }

        return token.Text;
    }

    private void Expect(string kind) => Assert.Equal(kind, tokens[position++].Kind);

    private static List<(string Kind, string Text)> Tokenize(string text)
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
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                while (i < text.Length && text[i] != '\n')
                {
                    i++;
                }
            }
            else if (c == '\'')
            {
                var value = new StringBuilder();
                i++;
                while (true)
                {
                    Assert.True(i < text.Length, "unterminated string literal");
                    var d = text[i];
                    Assert.True(d != '\n', "raw line break inside a string literal");
                    if (d == '\'')
                    {
                        i++;
                        break;
                    }

                    if (d == '\\')
                    {
                        var e = text[i + 1];
                        i += 2;
                        switch (e)
                        {
                            case '\\': value.Append('\\'); break;
                            case '\'': value.Append('\''); break;
                            case '"': value.Append('"'); break;
                            case 'n': value.Append('\n'); break;
                            case 'r': value.Append('\r'); break;
                            case 't': value.Append('\t'); break;
                            case 'b': value.Append('\b'); break;
                            case 'f': value.Append('\f'); break;
                            case 'u':
                                value.Append((char)int.Parse(text.AsSpan(i, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                                i += 4;
                                break;
                            default: Assert.Fail($"invalid escape \\{e}"); break;
                        }
                    }
                    else
                    {
                        value.Append(d);
                        i++;
                    }
                }

                tokens.Add(("string", value.ToString()));
            }
            else if (c == '-' && i + 1 < text.Length && text[i + 1] == '>')
            {
                tokens.Add(("->", "->"));
                i += 2;
            }
            else if ("(){}[]:,.=;-".Contains(c, StringComparison.Ordinal))
            {
                tokens.Add((c.ToString(), c.ToString()));
                i++;
            }
            else if (char.IsAsciiDigit(c))
            {
                var start = i;
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] is '.' or 'E' or 'e' || (text[i] == '-' && text[i - 1] is 'E' or 'e')))
                {
                    i++;
                }

                tokens.Add(("number", text[start..i]));
            }
            else if (char.IsAsciiLetter(c) || c == '_')
            {
                var start = i;
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                tokens.Add(("word", text[start..i]));
            }
            else
            {
                Assert.Fail($"unexpected character '{c}' outside a string literal");
            }
        }

        return tokens;
    }
}

using System.Text;

namespace ActorGraph.Query.Tests.Export;

/// <summary>An RFC 4180 reader for tests: quoted fields may hold commas, doubled quotes and line breaks.</summary>
internal static class CsvReader
{
    /// <summary>Rows of fields; a quoted field is marked so an empty quoted string differs from an empty field.</summary>
    public static List<List<(string Value, bool Quoted)>> Read(string text)
    {
        var rows = new List<List<(string, bool)>>();
        var row = new List<(string, bool)>();
        var field = new StringBuilder();
        var quoted = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"' && field.Length == 0 && !quoted)
            {
                quoted = true;
                i++;
                while (true)
                {
                    Assert.True(i < text.Length, "unterminated quoted field");
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }

                Assert.True(i >= text.Length || text[i] is ',' or '\n' or '\r', "text after a closing quote");
            }
            else if (c == ',')
            {
                row.Add((field.ToString(), quoted));
                field.Clear();
                quoted = false;
                i++;
            }
            else if (c is '\n' or '\r')
            {
                row.Add((field.ToString(), quoted));
                rows.Add(row);
                row = [];
                field.Clear();
                quoted = false;
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
            }
            else
            {
                Assert.NotEqual('"', c);
                field.Append(c);
                i++;
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add((field.ToString(), quoted));
            rows.Add(row);
        }

        return rows;
    }
}

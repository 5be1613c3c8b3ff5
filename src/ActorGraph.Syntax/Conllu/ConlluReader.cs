using System.Globalization;

namespace ActorGraph.Syntax.Conllu;

/// <summary>Reads CoNLL-U files; multiword-token ranges (3-4) and empty nodes (3.1) are skipped on purpose, since
/// the parser works on syntactic words and basic trees only.</summary>
public static class ConlluReader
{
    /// <summary>Reads every <c>*.conllu</c> file of a folder, in ordinal file-name order, so runs see the same sentence order.</summary>
    public static IReadOnlyList<ConlluSentence> ReadFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"{folder}: no such folder");
        }

        var files = Directory.GetFiles(folder, "*.conllu", SearchOption.TopDirectoryOnly);
        Array.Sort(files, StringComparer.Ordinal);
        if (files.Length == 0)
        {
            throw new InvalidDataException($"{folder}: no .conllu files in the folder");
        }

        var sentences = new List<ConlluSentence>();
        foreach (var file in files)
        {
            sentences.AddRange(ReadFile(file));
        }

        return sentences;
    }

    /// <summary>Reads one CoNLL-U file.</summary>
    public static IReadOnlyList<ConlluSentence> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path).ToList();
    }

    /// <summary>Reads sentences from text; <paramref name="source"/> names the input in errors.</summary>
    public static IEnumerable<ConlluSentence> Read(TextReader reader, string source)
    {
        var comments = new List<string>();
        var words = new List<ConlluWord>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                if (words.Count > 0 || comments.Count > 0)
                {
                    yield return Finish(comments, words, source, lineNumber);
                    comments = [];
                    words = [];
                }

                continue;
            }

            if (line[0] == '#')
            {
                comments.Add(line[1..]);
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 10)
            {
                throw new InvalidDataException($"{source}:{lineNumber}: expected 10 tab-separated columns, found {columns.Length}");
            }

            if (columns[0].Contains('-', StringComparison.Ordinal) || columns[0].Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            if (!int.TryParse(columns[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id != words.Count + 1)
            {
                throw new InvalidDataException($"{source}:{lineNumber}: word id '{columns[0]}' out of sequence");
            }

            var head = columns[6] == "_" ? -1 : int.TryParse(columns[6], NumberStyles.None, CultureInfo.InvariantCulture, out var h)
                ? h
                : throw new InvalidDataException($"{source}:{lineNumber}: head '{columns[6]}' is not a number");
            words.Add(new ConlluWord(id, columns[1], columns[2], columns[3], columns[4], columns[5], head, columns[7], columns[8], columns[9]));
        }

        if (words.Count > 0 || comments.Count > 0)
        {
            yield return Finish(comments, words, source, lineNumber);
        }
    }

    private static ConlluSentence Finish(List<string> comments, List<ConlluWord> words, string source, int lineNumber)
    {
        foreach (var word in words)
        {
            if (word.Head > words.Count)
            {
                throw new InvalidDataException($"{source}:{lineNumber}: word {word.Id} has head {word.Head} beyond the sentence");
            }
        }

        return new ConlluSentence(comments, words);
    }
}

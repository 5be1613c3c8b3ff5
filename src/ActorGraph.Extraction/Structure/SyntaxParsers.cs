using ActorGraph.Syntax;

namespace ActorGraph.Extraction.Structure;

/// <summary>Finds and loads the syntax model extraction parses with.</summary>
internal static class SyntaxParsers
{
    /// <summary>The shipped model's path under a seeds folder.</summary>
    public static string DefaultModelPath(string seedsDirectory) => Path.Combine(seedsDirectory, "models", SyntaxModel.DefaultFileName);

    /// <summary>The parser over the model at a path; a missing default model means no parser, a missing explicit one is an error (<see cref="ActorGraph.Syntax.Model.SyntaxModelException"/>).</summary>
    public static ISentenceParser? Load(string path, bool required) =>
        !required && !File.Exists(path) ? null : new ModelParser(SyntaxModel.Load(path));

    private sealed class ModelParser(SyntaxModel model) : ISentenceParser
    {
        public ParseTree Parse(string sentence)
        {
            var parsed = model.ParseSentence(sentence);
            var tokens = parsed.Tokens;
            var n = tokens.Count;
            string[] forms = new string[n], lemmas = new string[n], upos = new string[n], rels = new string[n];
            int[] heads = new int[n], starts = new int[n], ends = new int[n];
            for (var i = 0; i < n; i++)
            {
                var t = tokens[i];
                forms[i] = t.Text;
                lemmas[i] = t.Lemma.ToLowerInvariant();
                upos[i] = t.Upos;
                heads[i] = t.Head;
                rels[i] = t.Relation;
                starts[i] = t.Start;
                ends[i] = t.End;
            }

            return new ParseTree(forms, lemmas, upos, heads, rels, starts, ends);
        }
    }
}

namespace ActorGraph.Syntax.Tests;

public sealed class ApiExampleTests
{
    [Fact]
    public void The_documented_example_finds_the_subject_and_object_of_the_signing()
    {
        var lines = new List<string>();

        #region docs-syntax-example
        var model = SyntaxModel.LoadDefault(); // or SyntaxModel.Load("path/to/model.syntax"); load once, share across threads
        var text = "The President of Azerbaijan, Ilham Aliyev, signed the agreement on Friday.";
        foreach (var sentence in model.Parse(text))
        {
            var verb = sentence.Root;                                   // "signed"
            var subject = sentence.Children(verb.Index, "nsubj").First(); // "President"
            var obj = sentence.Children(verb.Index, "obj").First();       // "agreement"
            var span = sentence.SubtreeSpan(subject.Index);             // "The President of Azerbaijan, Ilham Aliyev"
            lines.Add($"{verb.Lemma}: {text[span.Start..span.End]} -> {obj.Text}");
            foreach (var token in sentence.Path(subject.Index, obj.Index))
            {
                lines.Add($"  {token.Text}/{token.Upos} {token.Relation}");
            }
        }
        #endregion

        Assert.Equal("sign: The President of Azerbaijan, Ilham Aliyev -> agreement", lines[0]);
        Assert.Equal(["  President/PROPN nsubj", "  signed/VERB root", "  agreement/NOUN obj"], lines[1..]);
    }
}

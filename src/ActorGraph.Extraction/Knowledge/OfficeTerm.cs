namespace ActorGraph.Extraction.Knowledge;

/// <summary>One term in office: the title as news writes it, whose office it is, the role, and the inclusive dates.</summary>
/// <param name="Title">Lowercase title, e.g. <c>president</c>.</param>
/// <param name="HolderOf">A state code (<c>RUS</c>) or an organisation id (<c>org/nato</c>).</param>
/// <param name="Role">The role.</param>
/// <param name="From">First day in office.</param>
/// <param name="To">Last day in office; null while in office.</param>
public sealed record OfficeTerm(string Title, string HolderOf, OfficeRole Role, DateOnly From, DateOnly? To)
{
    /// <summary>Whether the term covers a date.</summary>
    public bool Covers(DateOnly date) => From <= date && (To is null || date <= To);
}

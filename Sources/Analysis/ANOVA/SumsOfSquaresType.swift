/// Which sums of squares a two-factor ANOVA reports. With equal cell sizes all types agree; with
/// unequal sizes the factors are correlated and each type answers a different question.
public enum SumsOfSquaresType: String, Codable, Sendable, CaseIterable {
    /// Each main effect adjusted for the other main effect but not for the interaction (statsmodels
    /// `anova_lm(typ=2)`, R `car::Anova`): the most powerful test of main effects when there is no
    /// interaction.
    case typeII = "II"
    /// Each effect adjusted for every other effect, main effects defined with sum-to-zero coding
    /// (statsmodels `typ=3` with `C(x, Sum)`, SPSS and SAS): tests unweighted means of cell means.
    case typeIII = "III"
}

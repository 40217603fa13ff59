/**
 * Per-source parsing rules: the bundled {@code source-profiles.json} and any file a user adds
 * ({@link dev.articleingest.parse.profile.SourceProfiles}), each source's zone, charset, date order
 * and boilerplate patterns ({@link dev.articleingest.parse.profile.SourceProfile}), and where JSON
 * articles keep their fields ({@link dev.articleingest.parse.profile.JsonFieldMap}).
 */
package dev.articleingest.parse.profile;

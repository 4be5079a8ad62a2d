import CaseroomEngine
import CaseroomTestSupport
import Foundation
import Testing

@testable import CaseroomReview

/// Two review processes on one review file each keep their own comment
/// draft; a new one takes over the draft of a process no longer running.
@Suite("Comment drafts: one per review process")
struct CommentDraftProcessTests {
  let t0 = ReviewFixtures.t0

  @Test("a running process's draft is never taken; a dead one's, or an older version's, is taken over once")
  func perProcess() throws {
    let dir = try ReviewFixtures.directory()
    let review = dir.appendingPathComponent("x.review.json")
    // Another review window, still running (pid 1 always is): its draft stays its own.
    let running = CommentDraft(group: "甲组", question: 0, text: "另一个窗口的草稿", updatedAt: t0)
    try JSONCoding.encoder().encode(running).write(to: CommentDraft.url(beside: review, process: 1))
    #expect(CommentDraft.load(beside: review) == nil, "another running process's draft is not this one's")
    // This process writes its own: the other's is untouched.
    let mine = CommentDraft(group: "乙组", question: 1, text: "我的草稿", updatedAt: t0)
    try mine.save(beside: review)
    #expect(CommentDraft.load(beside: review) == mine)
    #expect(CommentDraft.read(CommentDraft.url(beside: review, process: 1)) == running)
    CommentDraft.remove(beside: review)
    #expect(CommentDraft.read(CommentDraft.url(beside: review, process: 1)) == running, "removing mine leaves theirs")
    // A process that ended (no such pid) left one: taken over, renamed to this process's.
    let dead = CommentDraft(group: "丙组", question: 2, text: "崩溃前的草稿", updatedAt: t0)
    let deadURL = CommentDraft.url(beside: review, process: 4_000_000)
    try JSONCoding.encoder().encode(dead).write(to: deadURL)
    #expect(CommentDraft.load(beside: review) == dead)
    #expect(!FileManager.default.fileExists(atPath: deadURL.path))
    #expect(FileManager.default.fileExists(atPath: CommentDraft.url(beside: review).path))
    CommentDraft.remove(beside: review)
    // The single draft of an older caseroom.
    let old = CommentDraft(group: "甲组", question: 1, text: "旧版本的草稿", updatedAt: t0)
    try JSONCoding.encoder().encode(old).write(to: URL(fileURLWithPath: review.path + ".draft"))
    #expect(CommentDraft.load(beside: review) == old)
    CommentDraft.remove(beside: review)
    #expect(CommentDraft.load(beside: review) == nil, "nothing left but the running process's")
  }
}

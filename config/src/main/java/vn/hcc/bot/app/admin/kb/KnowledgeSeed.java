package vn.hcc.bot.app.admin.kb;

import vn.hcc.bot.knowledge.KnowledgeBase;

/** The bundled knowledge base as shipped, which stored edits are laid over. */
public record KnowledgeSeed(KnowledgeBase base) {}

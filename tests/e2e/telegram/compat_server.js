// telegram-test-api 4.2.1 with the fixes python-telegram-bot 22 needs, plus test controls.
//
// Run: node compat_server.js <port>   (prints "ready <port>" once listening)
//
// Why each patch exists (the emulator as shipped breaks PTB 22 on every one):
// - getMe lacks is_bot (a required User field), so Bot.initialize() fails;
// - dates are in milliseconds, PTB reads seconds (year 57000 overflows datetime);
// - callback queries lack chat_instance (required) and bot messages lack `from`;
// - getUpdates ignores offset/timeout: no long polling (the updater spins) and no
//   redelivery of unconfirmed updates after a restart;
// - sendPhoto / sendDocument / setMyCommands / sendChatAction / getChatAdministrators
//   answer HTTP 500 (unknown method); uploads come as multipart, which it cannot parse;
// - webhooks are posted without the secret-token header.
// - edits and deletes answer with no message and never say "message is not modified" or "message to edit
//   not found"; Telegram's flood limits (about 1 message a second per chat, 20 a minute per group) are absent.
//   Here they behave like Telegram: sends beyond the limits get 429 with retry_after.
// Test controls live under /_compat/ (fail a method with 429, refuse a chat with 403,
// wait for the bot's messages to a chat, read what the bot called). Each bot message carries
// `since_update_us`: how long after the bot's latest user update it arrived (the bench's clock).
'use strict';

const express = require('express');
const axios = require('axios');
const TelegramServer = require('telegram-test-api');

const BOT = { id: 666, is_bot: true, first_name: 'Backcoach', username: 'BackcoachTestBot' };
const seconds = (ms) => Math.floor(ms / 1000);
const nowUs = () => Number(process.hrtime.bigint() / 1000n);

class CompatServer extends TelegramServer {
  constructor(config) {
    super(config);
    this.chats = new Map(); // chat id -> chat object, learned from user updates
    this.failures = []; // {method, status, description, retry_after, times}
    this.refused = new Map(); // chat id -> description (403)
    this.calls = []; // {method, chat_id, at}
    this.commands = {}; // bot token -> scope type -> commands
    this.secrets = {}; // bot token -> webhook secret
    this.lastUpdateUs = {}; // bot token -> when its latest user update arrived (monotonic µs)
    this.sent = new Map(); // `${token}:${chat}` -> times (ms) of recent new messages, for the flood limits
  }

  // Telegram's flood limits on new messages: a group takes 20 a minute; a private chat about one a second,
  // after a burst (a bucket of 20 that refills one a second). The retry_after beyond them, else 0.
  flood(token, chatId) {
    const key = `${token}:${chatId}`;
    const chat = this.chats.get(String(chatId));
    const group = String(chatId).startsWith('-') || (chat && chat.type !== 'private');
    const now = Date.now();
    if (!group) {
      const bucket = this.sent.get(key) || { level: 20, at: now };
      bucket.level = Math.min(20, bucket.level + (now - bucket.at) / 1000);
      bucket.at = now;
      this.sent.set(key, bucket);
      if (bucket.level < 1) return Math.ceil(1 - bucket.level);
      bucket.level -= 1;
      return 0;
    }
    const [limit, windowMs] = [20, 60000];
    const recent = (this.sent.get(key) || []).filter((t) => now - t < windowMs);
    this.sent.set(key, recent);
    if (recent.length >= limit) return Math.max(1, Math.ceil((recent[0] + windowMs - now) / 1000));
    recent.push(now);
    return 0;
  }

  findBotMessage(token, chatId, messageId) {
    return this.storage.botMessages.find((m) => m.botToken === token
      && String(m.message.chat_id) === String(chatId) && String(m.messageId) === String(messageId));
  }

  // An edited message is delivered to the test's reader again, as its newest state, after what came before.
  touched(stored, token) {
    stored.edits = (stored.edits || 0) + 1;
    stored.isRead = false;
    const since = this.lastUpdateUs[token];
    stored.sinceUpdateUs = since === undefined ? null : nowUs() - since;
    const list = this.storage.botMessages;
    list.splice(list.indexOf(stored), 1);
    list.push(stored);
    this.emit('AddedBotMessage');
  }

  learnChat(update) {
    const msg = update.message || (update.callbackQuery && update.callbackQuery.message);
    if (msg && msg.chat) this.chats.set(String(msg.chat.id), msg.chat);
    const chat = msg && msg.chat;
    // A person who writes to the bot in private has "opened" it: private sends work from now on.
    if (chat && chat.type === 'private') {
      const key = `${update.botToken}:${chat.id}`;
      const why = this.refused.get(key) || '';
      if (why.includes("can't initiate")) this.refused.delete(key);
    }
  }

  async addUserUpdate(update) {
    this.lastUpdateUs[update.botToken] = nowUs();
    this.learnChat(update);
    const webhook = this.webhooks[update.botToken];
    if (!webhook) {
      this.storage.userMessages.push(update);
      this.updateId++;
      return;
    }
    const headers = {};
    if (this.secrets[update.botToken]) {
      headers['X-Telegram-Bot-Api-Secret-Token'] = this.secrets[update.botToken];
    }
    this.updateId++;
    await axios({ url: webhook.url, method: 'POST', data: TelegramServer.formatUpdate(update), headers });
  }

  addBotMessage(rawMessage, botToken) {
    const msg = super.addBotMessage(rawMessage, botToken);
    const stored = this.storage.botMessages[this.storage.botMessages.length - 1];
    stored.message.message_id = msg.message_id;
    // The bench's clock: this message's arrival, counted from the bot's latest user update,
    // read here so neither the test's client nor the bots' process is in the figure.
    const since = this.lastUpdateUs[botToken];
    stored.sinceUpdateUs = since === undefined ? null : nowUs() - since;
    const chat = this.chats.get(String(rawMessage.chat_id))
      || { id: Number(rawMessage.chat_id), type: 'private', first_name: 'User' };
    return { ...msg, date: seconds(msg.date), chat, from: BOT };
  }

  // Real Bot API semantics: updates stay pending until a later call's offset confirms them.
  pending(token, offset) {
    for (const u of this.storage.userMessages) {
      if (u.botToken === token && u.updateId < offset) u.isRead = true;
    }
    return this.storage.userMessages.filter((u) => u.botToken === token && !u.isRead && u.updateId >= offset);
  }
}

const fixUpdate = TelegramServer.formatUpdate;
TelegramServer.formatUpdate = (update) => {
  const out = fixUpdate(update);
  const fixDates = (m) => {
    if (m && m.date > 1e11) m.date = seconds(m.date);
    if (m && m.reply_to_message) fixDates(m.reply_to_message);
  };
  if (out.message) {
    out.message = { ...out.message };
    delete out.message.botToken;
    fixDates(out.message);
  }
  if (out.callback_query) {
    const cq = out.callback_query;
    cq.chat_instance = String(cq.message && cq.message.chat ? cq.message.chat.id : cq.from.id);
    fixDates(cq.message);
  }
  return out;
};

// Minimal multipart/form-data reader: PTB uploads photos and documents this way.
function parseMultipart(req, res, next) {
  const type = req.headers['content-type'] || '';
  const match = type.match(/^multipart\/form-data;.*boundary="?([^";]+)"?/);
  if (!match) { next(); return; }
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString('latin1');
    const fields = {};
    for (const part of body.split(`--${match[1]}`)) {
      const split = part.indexOf('\r\n\r\n');
      if (split < 0) continue;
      const head = part.slice(0, split);
      const value = part.slice(split + 4).replace(/\r\n$/, '');
      const name = (head.match(/name="([^"]+)"/) || [])[1];
      const filename = (head.match(/filename="([^"]*)"/) || [])[1];
      if (!name) continue;
      fields[name] = filename !== undefined
        ? { filename, size: value.length }
        : Buffer.from(value, 'latin1').toString('utf8');
    }
    req.body = fields;
    req._body = true;
    next();
  });
}

function main() {
  const port = Number(process.argv[2] || 9000);
  const server = new CompatServer({ port, host: '127.0.0.1', storeTimeout: 3600 });
  const inner = server.webServer;
  const app = express();
  app.use(parseMultipart);
  app.use(express.json({ limit: '10mb' }));
  app.use(express.urlencoded({ extended: true, limit: '10mb' }));
  const params = (req) => ({ ...req.query, ...req.body });
  const fail = (res, status, description, extra) => res.status(status)
    .json({ ok: false, error_code: status, description, ...extra });

  // Every bot call: log it, then answer an injected failure or a refused chat first.
  app.all('/bot:token/:method', (req, res, next) => {
    const p = params(req);
    const { method, token } = req.params;
    const call = { token, method, chat_id: p.chat_id === undefined ? null : String(p.chat_id), at: Date.now() };
    if (method === 'answerCallbackQuery') call.text = p.text || '';
    server.calls.push(call);
    req.compatCall = call;
    const i = server.failures.findIndex((f) => f.token === token && f.method === method && f.times > 0);
    if (i >= 0) {
      const f = server.failures[i];
      f.times -= 1;
      const extra = f.retry_after ? { parameters: { retry_after: f.retry_after } } : {};
      fail(res, f.status, f.description, extra);
      return;
    }
    const key = `${token}:${p.chat_id}`;
    if (method.startsWith('send') && p.chat_id !== undefined && server.refused.has(key)) {
      fail(res, 403, server.refused.get(key));
      return;
    }
    if (['sendMessage', 'sendPhoto', 'sendDocument'].includes(method) && p.chat_id !== undefined) {
      const retryAfter = server.flood(token, p.chat_id);
      if (retryAfter > 0) {
        call.status = 429;
        fail(res, 429, `Too Many Requests: retry after ${retryAfter}`, { parameters: { retry_after: retryAfter } });
        return;
      }
    }
    next();
  });
  const markupOf = (value) => {
    const markup = typeof value === 'string' ? JSON.parse(value || 'null') : value;
    return markup && markup.inline_keyboard && markup.inline_keyboard.length ? markup : null;
  };
  const shown = (stored) => ({ ...stored.message, message_id: stored.messageId, date: seconds(stored.time), chat: server.chats.get(String(stored.message.chat_id)) || { id: Number(stored.message.chat_id), type: 'private' }, from: BOT, edit_date: seconds(Date.now()) });
  const NOT_MODIFIED = 'Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message';
  const edit = (changes) => (req, res) => {
    const p = params(req);
    const stored = server.findBotMessage(req.params.token, p.chat_id, p.message_id);
    if (!stored) { fail(res, 400, 'Bad Request: message to edit not found'); return; }
    const next = changes(p, stored.message);
    const same = (next.text === undefined || next.text === stored.message.text)
      && JSON.stringify(markupOf(next.reply_markup)) === JSON.stringify(markupOf(stored.message.reply_markup));
    if (same) { fail(res, 400, NOT_MODIFIED); return; }
    stored.message = { ...stored.message, ...next, reply_markup: markupOf(next.reply_markup) || undefined };
    server.touched(stored, req.params.token);
    res.json({ ok: true, result: shown(stored) });
  };
  app.all('/bot:token/editMessageText', edit((p) => ({ text: p.text, parse_mode: p.parse_mode, reply_markup: p.reply_markup })));
  app.all('/bot:token/editMessageReplyMarkup', edit((p) => ({ reply_markup: p.reply_markup })));
  const remove = (token, chatId, messageId) => {
    const stored = server.findBotMessage(token, chatId, messageId);
    if (!stored) return false;
    const list = server.storage.botMessages;
    list.splice(list.indexOf(stored), 1);
    return true;
  };
  app.all('/bot:token/deleteMessage', (req, res) => {
    const p = params(req);
    if (!remove(req.params.token, p.chat_id, p.message_id)) { fail(res, 400, 'Bad Request: message to delete not found'); return; }
    res.json({ ok: true, result: true });
  });
  app.all('/bot:token/answerCallbackQuery', (req, res) => res.json({ ok: true, result: true }));
  app.all('/bot:token/getMe', (req, res) => res.json({ ok: true, result: { ...BOT, can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false } }));
  app.all('/bot:token/getUpdates', (req, res) => {
    const p = params(req);
    const token = req.params.token;
    const offset = Number(p.offset || 0);
    const timeout = Math.min(Number(p.timeout || 0), 30) * 1000;
    const answer = () => {
      const updates = server.pending(token, offset).slice(0, Number(p.limit || 100));
      req.compatCall.updates = updates.length; // which poll fetched what, for the tests
      res.json({ ok: true, result: updates.map((u) => TelegramServer.formatUpdate(u)) });
    };
    if (server.pending(token, offset).length > 0 || timeout === 0) { answer(); return; }
    const events = ['AddedUserMessage', 'AddedUserCommand', 'AddedUserCallbackQuery'];
    let timer = null;
    const done = () => {
      clearTimeout(timer);
      events.forEach((e) => server.off(e, wake));
      res.off('close', gone);
      answer();
    };
    // Only this bot's updates end its long poll: another bot's would wake it for nothing.
    const wake = () => { if (server.pending(token, offset).length > 0) done(); };
    const gone = () => { clearTimeout(timer); events.forEach((e) => server.off(e, wake)); };
    events.forEach((e) => server.on(e, wake));
    // Not req 'close': on Node 20 it fires as soon as the request body is read.
    res.on('close', gone);
    timer = setTimeout(done, timeout);
  });
  app.all('/bot:token/setWebhook', (req, res) => {
    const p = params(req);
    server.setWebhook({ url: p.url }, req.params.token);
    server.secrets[req.params.token] = p.secret_token || '';
    res.json({ ok: true, result: true });
  });
  app.all('/bot:token/deleteWebhook', (req, res) => {
    server.deleteWebhook(req.params.token);
    res.json({ ok: true, result: true });
  });
  const upload = (kind) => (req, res) => {
    const p = params(req);
    const file = p[kind] || {};
    const media = kind === 'photo'
      ? { photo: [{ file_id: `photo${Date.now()}`, file_unique_id: 'p', width: 800, height: 600, file_size: file.size || 0 }] }
      : { document: { file_id: `doc${Date.now()}`, file_unique_id: 'd', file_name: file.filename || 'file' } };
    const result = server.addBotMessage({ ...p, [kind]: undefined, ...media, file_name: file.filename }, req.params.token);
    res.json({ ok: true, result });
  };
  app.all('/bot:token/sendPhoto', upload('photo'));
  app.all('/bot:token/sendDocument', upload('document'));
  app.all('/bot:token/setMyCommands', (req, res) => {
    const p = params(req);
    const scope = typeof p.scope === 'string' ? JSON.parse(p.scope) : (p.scope || { type: 'default' });
    server.commands[req.params.token] = server.commands[req.params.token] || {};
    server.commands[req.params.token][scope.type] = typeof p.commands === 'string' ? JSON.parse(p.commands) : p.commands;
    res.json({ ok: true, result: true });
  });
  app.all('/bot:token/deleteMyCommands', (req, res) => res.json({ ok: true, result: true }));
  app.all('/bot:token/sendChatAction', (req, res) => res.json({ ok: true, result: true }));
  app.all('/bot:token/getChatAdministrators', (req, res) => {
    const chatId = String(params(req).chat_id);
    const admins = (server.admins && server.admins[chatId]) || [];
    res.json({ ok: true, result: admins.map((user) => ({ status: 'creator', user: { is_bot: false, ...user }, is_anonymous: false })) });
  });

  // Test controls.
  app.post('/_compat/fail', (req, res) => {
    const { token, method, status = 429, retry_after = 0, times = 1 } = req.body;
    const description = req.body.description || `Too Many Requests: retry after ${retry_after}`;
    server.failures.push({ token, method, status: Number(status), retry_after: Number(retry_after), times: Number(times), description });
    res.json({ ok: true });
  });
  app.post('/_compat/refuse', (req, res) => {
    const { token, chat_id: chatId, description = "Forbidden: bot can't initiate conversation with a user" } = req.body;
    server.refused.set(`${token}:${chatId}`, description);
    res.json({ ok: true });
  });
  app.post('/_compat/admins', (req, res) => {
    server.admins = { ...(server.admins || {}), [String(req.body.chat_id)]: req.body.users };
    res.json({ ok: true });
  });
  // As if the bot had crashed before confirming them: the last `count` updates come again.
  app.post('/_compat/redeliver', (req, res) => {
    const mine = server.storage.userMessages.filter((u) => u.botToken === req.body.token);
    mine.slice(-Number(req.body.count || 1)).forEach((u) => { u.isRead = false; });
    res.json({ ok: true });
  });
  // A person deletes one of the bot's messages from the chat.
  app.post('/_compat/delete', (req, res) => {
    res.json({ ok: true, result: remove(req.body.token, req.body.chat_id, req.body.message_id) });
  });
  app.post('/_compat/calls', (req, res) => res.json({ ok: true, result: server.calls.filter((c) => c.token === req.body.token) }));
  app.post('/_compat/commands', (req, res) => res.json({ ok: true, result: server.commands[req.body.token] || {} }));
  // The bot's unread messages to one chat, waiting up to `timeout` ms for the first.
  app.post('/_compat/next', (req, res) => {
    const { token, chat_id: chatId, timeout = 5000 } = req.body;
    const unread = () => server.storage.botMessages.filter((m) => m.botToken === token
      && String(m.message.chat_id) === String(chatId) && !m.isRead);
    const answer = () => {
      const found = unread();
      found.forEach((m) => { m.isRead = true; });
      res.json({ ok: true, result: found.map((m) => ({ ...m.message, edits: m.edits || 0, since_update_us: m.sinceUpdateUs, date: seconds(m.time), chat: server.chats.get(String(chatId)) || { id: Number(chatId), type: 'private' }, from: BOT })) });
    };
    if (unread().length > 0) { answer(); return; }
    let timer = null;
    const done = () => {
      if (unread().length === 0) return;
      clearTimeout(timer);
      server.off('AddedBotMessage', done);
      setImmediate(answer);
    };
    server.on('AddedBotMessage', done);
    timer = setTimeout(() => { server.off('AddedBotMessage', done); answer(); }, Number(timeout));
  });

  app.use(inner);
  server.webServer = app;
  server.start().then(() => { process.stdout.write(`ready ${port}\n`); });
  const stop = () => { server.stop().then(() => process.exit(0)); };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main();

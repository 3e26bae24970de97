// Placeholder; replaced by the infra implementation.
module.exports = async () => {};

// Chapter 2's iframe embed (dist/embed-network.html): the hidden layer's compact panels (decision map and
// training), one self-contained file as embed.html is for chapter 1 (see embed-frame.js).
import { networkChapter } from './chapters/network/index.js';
import { startEmbed } from './embed-frame.js';

startEmbed(networkChapter);

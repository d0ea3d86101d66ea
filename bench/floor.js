/**
 * The benchmark's floor: reads the open canvas from localStorage (the app's key and format),
 * parses it and draws its nine blocks as plain DOM, with no framework and no validation. Boom's
 * time to open the same canvas is reported as a multiple of this.
 */
const BLOCKS = [
  ['keyPartners', 'Key Partners'],
  ['keyActivities', 'Key Activities'],
  ['keyResources', 'Key Resources'],
  ['valuePropositions', 'Value Propositions'],
  ['customerRelationships', 'Customer Relationships'],
  ['channels', 'Channels'],
  ['customerSegments', 'Customer Segments'],
  ['costStructure', 'Cost Structure'],
  ['revenueStreams', 'Revenue Streams'],
];

function savedCanvas() {
  const id = localStorage.getItem('boom:current');
  const text = id === null ? null : localStorage.getItem(`boom:canvas:${id}`);
  return text === null ? null : JSON.parse(text).canvas;
}

function drawBlock(id, name, canvas) {
  const section = document.createElement('section');
  const heading = document.createElement('h2');
  heading.id = `block-${id}`;
  heading.textContent = name;
  section.setAttribute('aria-labelledby', heading.id);
  const list = document.createElement('ul');
  for (const noteId of canvas?.blocks[id] ?? []) {
    const item = document.createElement('li');
    item.dir = 'auto';
    item.textContent = canvas.notes[noteId].text;
    list.append(item);
  }
  section.append(heading, list);
  return section;
}

const canvas = savedCanvas();
document.getElementById('board').append(...BLOCKS.map(([id, name]) => drawBlock(id, name, canvas)));

/**
 * The block editor side of the three blocks: a sidebar (InspectorControls) that sets the element's attributes, and
 * a live preview rendered by the server (ServerSideRender) — the same markup and the same script as the published
 * page. Plain JavaScript against WordPress's `wp.*` globals: no JSX, no build step. Titles, attributes and icons come
 * from each block's block.json, which the server registers.
 */
(function (wp) {
  'use strict';

  var el = wp.element.createElement;
  var __ = wp.i18n.__;
  var registerBlockType = wp.blocks.registerBlockType;
  var blockEditor = wp.blockEditor;
  var components = wp.components;
  var ServerSideRender = wp.serverSideRender;

  var levelIds = ['inpatient', 'php', 'iop', 'outpatient'];
  var levelNames = {
    inpatient: __('Inpatient (residential)', 'care-level-widgets'),
    php: __('Partial hospitalization (PHP)', 'care-level-widgets'),
    iop: __('Intensive outpatient (IOP)', 'care-level-widgets'),
    outpatient: __('Outpatient', 'care-level-widgets'),
  };
  var rowIds = [
    'sleeps',
    'hours',
    'schedule',
    'length',
    'work',
    'medical',
    'services',
    'cost',
    'insurance',
    'fits',
    'not-a-fit',
    'asam',
  ];
  var levelOptions = [{ value: '', label: __('None', 'care-level-widgets') }].concat(
    levelIds.map(function (id) {
      return { value: id, label: levelNames[id] };
    }),
  );
  /** The glossary's terms (src/data/glossary.ts), as the `<care-term>` format offers them: id => the English term. */
  var glossaryTerms = {
    iop: 'IOP',
    php: 'PHP',
    inpatient: 'Inpatient care',
    residential: 'Residential treatment',
    outpatient: 'Outpatient treatment',
    asam: 'ASAM',
    detox: 'Detox (withdrawal management)',
    'step-down': 'Step-down',
    'step-up': 'Step-up',
    'co-occurring': 'Co-occurring conditions',
    mat: 'MAT',
    cbt: 'CBT',
    dbt: 'DBT',
    mi: 'MI',
    emdr: 'EMDR',
    mindfulness: 'Mindfulness-based therapy',
    'family-therapy': 'Family therapy and education',
    'relapse-prevention': 'Relapse prevention',
    'case-management': 'Case management',
    'peer-support': 'Peer support',
  };
  var languageOptions = [
    { value: '', label: __('The page’s language', 'care-level-widgets') },
    { value: 'en', label: 'English' },
    { value: 'es', label: 'Español' },
  ];

  /** Sets one block attribute to the value given. */
  function setter(props, name) {
    return function (value) {
      var change = {};
      change[name] = value;
      props.setAttributes(change);
    };
  }

  /** A text field for one attribute. */
  function text(props, name, label, help, type) {
    return el(components.TextControl, {
      label: label,
      help: help,
      type: type || 'text',
      value: props.attributes[name] || '',
      onChange: setter(props, name),
      __nextHasNoMarginBottom: true,
      __next40pxDefaultSize: true,
    });
  }

  /** A drop-down for one attribute. */
  function select(props, name, label, options, help) {
    return el(components.SelectControl, {
      label: label,
      help: help,
      value: props.attributes[name] || '',
      options: options,
      onChange: setter(props, name),
      __nextHasNoMarginBottom: true,
      __next40pxDefaultSize: true,
    });
  }

  /**
   * An ordered list of ids (levels, rows), kept as the space-separated attribute the element reads. With `names`, each
   * id is shown by its name, and a name typed in full is saved as its id.
   */
  function tokens(props, name, label, suggestions, help, names) {
    var value = (props.attributes[name] || '').split(/\s+/).filter(Boolean);
    var idsByName = {};
    Object.keys(names || {}).forEach(function (id) {
      idsByName[names[id].toLowerCase()] = id;
    });
    return el(
      'div',
      { className: 'care-level-widgets-tokens' },
      el(components.FormTokenField, {
        label: label,
        value: value,
        suggestions: suggestions,
        __experimentalExpandOnFocus: true,
        __experimentalShowHowTo: false,
        displayTransform: function (token) {
          return (names && names[token]) || token;
        },
        saveTransform: function (text) {
          return idsByName[text.trim().toLowerCase()] || text.trim();
        },
        onChange: function (next) {
          setter(props, name)(
            next
              .map(function (token) {
                return typeof token === 'string' ? token : token.value;
              })
              .join(' '),
          );
        },
        __nextHasNoMarginBottom: true,
        __next40pxDefaultSize: true,
      }),
      el('p', { className: 'components-base-control__help' }, help),
    );
  }

  var headingOptions = ['', '2', '3', '4', '5', '6'].map(function (level) {
    return { value: level, label: level === '' ? __('Default', 'care-level-widgets') : 'H' + level };
  });

  /** The block in the editor: the sidebar, and the server-rendered element as its preview. */
  function edit(name, panels) {
    return function (props) {
      var blockProps = blockEditor.useBlockProps();
      return el(
        'div',
        blockProps,
        el(blockEditor.InspectorControls, null, panels(props)),
        el(ServerSideRender, { block: name, attributes: props.attributes }),
      );
    };
  }

  var settingsHelp = __('Empty: your center’s settings (Settings → Levels of care).', 'care-level-widgets');

  registerBlockType('care-level-widgets/comparison', {
    edit: edit('care-level-widgets/comparison', function (props) {
      return [
        el(
          components.PanelBody,
          { key: 'content', title: __('Content', 'care-level-widgets') },
          select(props, 'highlight', __('Highlight as “Our program”', 'care-level-widgets'), levelOptions),
          tokens(props, 'levels', __('Levels, in order', 'care-level-widgets'), levelIds, settingsHelp, levelNames),
          tokens(
            props,
            'rows',
            __('Rows, in order', 'care-level-widgets'),
            rowIds,
            __('Empty: every row.', 'care-level-widgets'),
          ),
          select(props, 'edition', __('ASAM level numbers', 'care-level-widgets'), [
            { value: '', label: __('Center setting', 'care-level-widgets') },
            { value: '4', label: __('4th edition', 'care-level-widgets') },
            { value: '3', label: __('3rd edition', 'care-level-widgets') },
          ]),
          select(props, 'lang', __('Language', 'care-level-widgets'), languageOptions),
        ),
        el(
          components.PanelBody,
          { key: 'layout', title: __('Layout', 'care-level-widgets'), initialOpen: false },
          select(props, 'layout', __('Layout', 'care-level-widgets'), [
            { value: '', label: __('Automatic: a table where it fits, cards below', 'care-level-widgets') },
            { value: 'table', label: __('Table', 'care-level-widgets') },
            { value: 'cards', label: __('Cards', 'care-level-widgets') },
          ]),
          select(props, 'headingLevel', __('Heading level', 'care-level-widgets'), headingOptions),
          text(
            props,
            'elementId',
            __('ID', 'care-level-widgets'),
            __(
              'Give one, such as levels-table, to let a questionnaire highlight its suggestion here.',
              'care-level-widgets',
            ),
          ),
        ),
      ];
    }),
    save: function () {
      return null;
    },
  });

  registerBlockType('care-level-widgets/questionnaire', {
    edit: edit('care-level-widgets/questionnaire', function (props) {
      return [
        el(
          components.PanelBody,
          { key: 'next-step', title: __('Next step', 'care-level-widgets') },
          text(props, 'phone', __('Phone', 'care-level-widgets'), settingsHelp, 'tel'),
          text(
            props,
            'ctaHref',
            __('Link', 'care-level-widgets'),
            __('Such as your intake form: https:, tel: or mailto:, or a path on this site.', 'care-level-widgets'),
            'url',
          ),
          text(props, 'ctaLabel', __('Link text', 'care-level-widgets')),
        ),
        el(
          components.PanelBody,
          { key: 'levels', title: __('Levels', 'care-level-widgets') },
          tokens(props, 'offered', __('Levels you offer', 'care-level-widgets'), levelIds, settingsHelp, levelNames),
          text(
            props,
            'comparison',
            __('Comparison to highlight', 'care-level-widgets'),
            __('The ID of a comparison block on this page.', 'care-level-widgets'),
          ),
          select(props, 'lang', __('Language', 'care-level-widgets'), languageOptions),
          select(props, 'headingLevel', __('Heading level', 'care-level-widgets'), headingOptions),
          text(props, 'elementId', __('ID', 'care-level-widgets')),
        ),
        el(
          components.PanelBody,
          { key: 'privacy', title: __('Privacy', 'care-level-widgets') },
          select(props, 'persist', __('Answers', 'care-level-widgets'), [
            { value: '', label: __('Kept nowhere: a reload starts over', 'care-level-widgets') },
            {
              value: 'session',
              label: __('Kept in the visitor’s browser tab until it closes (sessionStorage)', 'care-level-widgets'),
            },
          ]),
        ),
      ];
    }),
    save: function () {
      return null;
    },
  });

  registerBlockType('care-level-widgets/crisis-banner', {
    edit: edit('care-level-widgets/crisis-banner', function (props) {
      return [
        el(
          components.PanelBody,
          { key: 'banner', title: __('Banner', 'care-level-widgets') },
          select(props, 'variant', __('Variant', 'care-level-widgets'), [
            { value: 'full', label: __('Full: every service', 'care-level-widgets') },
            { value: 'compact', label: __('Compact: one line', 'care-level-widgets') },
          ]),
          select(props, 'lang', __('Language', 'care-level-widgets'), languageOptions),
          select(props, 'headingLevel', __('Heading level', 'care-level-widgets'), headingOptions),
        ),
      ];
    }),
    save: function () {
      return null;
    },
  });

  var termFormat = 'care-level-widgets/term';

  /**
   * Marks the selected words as a glossary term: `<care-term term="iop">IOP</care-term>`, the element that explains
   * them in a tooltip. A toolbar menu of the glossary's terms, with "Not a glossary term" to remove it.
   */
  wp.richText.registerFormatType(termFormat, {
    title: __('Glossary term', 'care-level-widgets'),
    tagName: 'care-term',
    className: null,
    attributes: { term: 'term' },
    edit: function (props) {
      var controls = Object.keys(glossaryTerms).map(function (id) {
        return {
          title: glossaryTerms[id],
          isActive: props.isActive && props.activeAttributes.term === id,
          onClick: function () {
            props.onChange(wp.richText.applyFormat(props.value, { type: termFormat, attributes: { term: id } }));
          },
        };
      });
      if (props.isActive) {
        controls.push({
          title: __('Not a glossary term', 'care-level-widgets'),
          onClick: function () {
            props.onChange(wp.richText.removeFormat(props.value, termFormat));
          },
        });
      }
      return el(
        blockEditor.BlockControls,
        { group: 'other' },
        el(components.ToolbarDropdownMenu, {
          icon: 'editor-help',
          label: __('Glossary term', 'care-level-widgets'),
          controls: controls,
        }),
      );
    },
  });
})(window.wp);

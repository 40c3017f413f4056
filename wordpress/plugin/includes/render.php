<?php
/**
 * Turns block attributes and shortcode attributes into the custom elements, with every value escaped and the
 * center's configuration in a child `<script type="application/json">` (data, not code: no inline script).
 *
 * @package CareLevelWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Block attribute names and the element attributes they set. */
function care_level_widgets_attribute_names() {
	return array(
		'levels'       => 'levels',
		'rows'         => 'rows',
		'highlight'    => 'highlight',
		'layout'       => 'layout',
		'edition'      => 'edition',
		'lang'         => 'lang',
		'headingLevel' => 'heading-level',
		'elementId'    => 'id',
		'phone'        => 'phone',
		'ctaHref'      => 'cta-href',
		'ctaLabel'     => 'cta-label',
		'offered'      => 'offered',
		'comparison'   => 'comparison',
		'variant'      => 'variant',
		'term'         => 'term',
		'persist'      => 'persist',
	);
}

/**
 * Cleans one element attribute's value; null leaves the attribute out (the element, or the center's settings,
 * decide). Free text is kept as written, so a mistake such as `levels="detox"` reaches the element, which shows
 * its clear error message; escaping happens when the tag is written.
 *
 * @param string $name  The element attribute's name.
 * @param mixed  $value The value given.
 * @return string|null
 */
function care_level_widgets_clean_attribute( $name, $value ) {
	if ( is_int( $value ) || is_float( $value ) ) {
		$value = (string) $value;
	}
	if ( ! is_string( $value ) ) {
		return null;
	}
	$value = trim( preg_replace( '/\s+/', ' ', $value ) );
	if ( '' === $value ) {
		return null;
	}
	switch ( $name ) {
		case 'edition':
			return in_array( $value, array( '3', '4' ), true ) ? $value : null;
		case 'lang':
			return in_array( $value, array( 'en', 'es' ), true ) ? $value : null;
		case 'persist':
			// The one storage the questionnaire offers, and only when the site asks: the visitor's own tab.
			return 'session' === $value ? $value : null;
		case 'heading-level':
			return preg_match( '/^[2-6]$/', $value ) ? $value : null;
		case 'cta-href':
			// esc_url_raw drops javascript:, data: and every other scheme not listed here.
			$url = esc_url_raw( $value, array( 'http', 'https', 'tel', 'mailto' ) );
			return '' === $url ? null : $url;
		default:
			return substr( $value, 0, 2000 );
	}
}

/**
 * Writes one element: its attributes, its configuration and its content.
 *
 * @param string            $tag        care-comparison, care-questionnaire, care-crisis-banner or care-term.
 * @param array             $attributes Element attribute name => value, cleaned by care_level_widgets_clean_attribute.
 * @param array|string|null $config     The configuration: an array to encode, JSON text to pass on as written (the
 *                                      element reports its mistakes), or null for none.
 * @param string            $content    Escaped HTML to put inside (the text a `<care-term>` explains).
 * @return string
 */
function care_level_widgets_element( $tag, $attributes, $config = null, $content = '' ) {
	wp_enqueue_script( 'care-level-widgets' );
	wp_enqueue_style( 'care-level-widgets' );

	$html = '<' . $tag;
	foreach ( $attributes as $name => $value ) {
		$value = care_level_widgets_clean_attribute( $name, $value );
		if ( null === $value ) {
			continue;
		}
		$html .= ' ' . $name . '="' . ( 'cta-href' === $name ? esc_url( $value, array( 'http', 'https', 'tel', 'mailto' ) ) : esc_attr( $value ) ) . '"';
	}
	$html .= '>';
	$json  = care_level_widgets_config_json( $config );
	if ( null !== $json ) {
		$html .= '<script type="application/json">' . $json . '</script>';
	}
	return $html . $content . '</' . $tag . '>';
}

/**
 * The text of the child JSON script, safe inside `<script>`: a configuration is encoded with every `<`, `>`, `&`, `'`
 * and `"` inside strings escaped; text that is not valid JSON is passed on with `<`, `>` and `&` escaped the same way,
 * so it can never close the script, and the element shows which part is wrong.
 *
 * @param stdClass|string|null $config The configuration.
 * @return string|null
 */
function care_level_widgets_config_json( $config ) {
	if ( $config instanceof stdClass ) {
		if ( array() === get_object_vars( $config ) ) {
			return null;
		}
		return wp_json_encode( $config, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_SLASHES );
	}
	if ( is_string( $config ) && '' !== trim( $config ) ) {
		$limits = care_level_widgets_limits();
		return str_replace( array( '<', '>', '&' ), array( '\u003C', '\u003E', '\u0026' ), substr( $config, 0, $limits['jsonLength'] + 1 ) );
	}
	return null;
}

/** Whether the person viewing may edit what is being rendered: the post, or, outside one, any post. */
function care_level_widgets_viewer_can_edit() {
	$post_id = get_the_ID();
	return $post_id ? current_user_can( 'edit_post', $post_id ) : current_user_can( 'edit_posts' );
}

/**
 * The configuration an element gets: the center's settings, with the top-level keys of `$override` (JSON a
 * shortcode's `config` attribute gives) in their place. When that has a mistake, the widgets would show a message
 * meant for whoever wrote it: people who can edit the post get it (the JSON as written, so the element says what is
 * wrong), and visitors get the widget as the center's settings describe it.
 *
 * @param string|null $override JSON text, or null.
 * @return stdClass|string
 */
function care_level_widgets_config_for( $override = null ) {
	$config = care_level_widgets_site_config();
	if ( ! is_string( $override ) || '' === trim( $override ) ) {
		return $config;
	}
	list( $decoded, $errors ) = care_level_widgets_parse_config( $override );
	if ( $decoded instanceof stdClass ) {
		// array_replace keeps every key as it is ("0" and "" too, which PHP 7 cannot set as properties one by one).
		$config = (object) array_replace( get_object_vars( $config ), get_object_vars( $decoded ) );
		$errors = care_level_widgets_validate_config( $config );
	}
	if ( array() === $errors ) {
		return $config;
	}
	if ( care_level_widgets_viewer_can_edit() ) {
		return $decoded instanceof stdClass ? $config : $override;
	}
	return care_level_widgets_site_config();
}

/**
 * Renders a block or a shortcode: `$kind` is comparison, questionnaire, crisis-banner or term.
 *
 * @param string      $kind       Which element.
 * @param array       $attributes Block attribute names (camelCase) => values.
 * @param string|null $config     A shortcode's `config` JSON, or null.
 * @param string      $content    Escaped HTML inside the element.
 * @return string
 */
function care_level_widgets_render( $kind, $attributes, $config = null, $content = '' ) {
	$allowed = array(
		'comparison'    => array( 'levels', 'rows', 'highlight', 'layout', 'edition', 'lang', 'headingLevel', 'elementId' ),
		'questionnaire' => array( 'phone', 'ctaHref', 'ctaLabel', 'offered', 'comparison', 'lang', 'headingLevel', 'persist', 'elementId' ),
		'crisis-banner' => array( 'variant', 'lang', 'headingLevel' ),
		'term'          => array( 'term', 'lang' ),
	);
	if ( ! isset( $allowed[ $kind ] ) ) {
		return '';
	}
	$names   = care_level_widgets_attribute_names();
	$element = array();
	foreach ( $allowed[ $kind ] as $key ) {
		if ( isset( $attributes[ $key ] ) ) {
			$element[ $names[ $key ] ] = $attributes[ $key ];
		}
	}
	// A level id the comparison does not know makes it show a message for whoever wrote it instead of the table: only
	// people who can edit the page get that; visitors get the levels the center's settings list.
	if ( isset( $element['levels'] ) && ! care_level_widgets_viewer_can_edit() ) {
		$words = preg_split( '/\s+/', trim( (string) $element['levels'] ), -1, PREG_SPLIT_NO_EMPTY );
		if ( array() !== array_diff( $words, care_level_widgets_level_ids() ) ) {
			unset( $element['levels'] );
		}
	}
	$uses_config = 'comparison' === $kind || 'questionnaire' === $kind;
	return care_level_widgets_element( 'care-' . $kind, $element, $uses_config ? care_level_widgets_config_for( $config ) : null, $content );
}

/**
 * Renders a block: the element inside a wrapper carrying the block's classes (alignment, spacing, custom class).
 *
 * @param string $kind       Which element.
 * @param array  $attributes The block's attributes.
 * @return string
 */
function care_level_widgets_render_block( $kind, $attributes ) {
	return '<div ' . get_block_wrapper_attributes() . '>' . care_level_widgets_render( $kind, is_array( $attributes ) ? $attributes : array() ) . '</div>';
}

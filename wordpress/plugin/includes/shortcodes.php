<?php
/**
 * Shortcodes for the classic editor. Their attributes are the elements' own, written with hyphens or underscores:
 * `[care_comparison highlight="iop" heading-level="2"]`, `[care_questionnaire phone="+1-555-0100" cta_href="/intake"]`,
 * `[care_crisis_banner variant="compact"]`, `[care_term term="iop"]IOP[/care_term]`. A `config` attribute takes
 * JSON whose top-level keys replace the center's settings for that one widget.
 *
 * @package CareLevelWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The shortcode's attributes as block attribute names (camelCase), plus its `config` JSON.
 *
 * @param array|string $atts The shortcode's attributes ('' when it has none).
 * @return array{0: array, 1: string|null}
 */
function care_level_widgets_shortcode_attributes( $atts ) {
	$attributes = array();
	$config     = null;
	$by_element = array_flip( care_level_widgets_attribute_names() );
	foreach ( is_array( $atts ) ? $atts : array() as $key => $value ) {
		if ( ! is_string( $key ) ) {
			continue;
		}
		$name = str_replace( '_', '-', strtolower( $key ) );
		if ( 'config' === $name ) {
			$config = (string) $value;
		} elseif ( 'heading-level' === $name || 'cta-href' === $name || 'cta-label' === $name || isset( $by_element[ $name ] ) ) {
			$attributes[ $by_element[ $name ] ] = (string) $value;
		}
	}
	return array( $attributes, $config );
}

/** `[care_comparison …]` */
function care_level_widgets_comparison_shortcode( $atts ) {
	list( $attributes, $config ) = care_level_widgets_shortcode_attributes( $atts );
	return care_level_widgets_render( 'comparison', $attributes, $config );
}

/** `[care_questionnaire …]` */
function care_level_widgets_questionnaire_shortcode( $atts ) {
	list( $attributes, $config ) = care_level_widgets_shortcode_attributes( $atts );
	return care_level_widgets_render( 'questionnaire', $attributes, $config );
}

/** `[care_crisis_banner …]` */
function care_level_widgets_crisis_banner_shortcode( $atts ) {
	list( $attributes ) = care_level_widgets_shortcode_attributes( $atts );
	return care_level_widgets_render( 'crisis-banner', $attributes );
}

/** `[care_term term="iop"]IOP[/care_term]`: the enclosed text is shown as written, as plain text. */
function care_level_widgets_term_shortcode( $atts, $content = '' ) {
	list( $attributes ) = care_level_widgets_shortcode_attributes( $atts );
	$text               = esc_html( wp_strip_all_tags( (string) $content ) );
	return care_level_widgets_render( 'term', $attributes, null, $text );
}

add_shortcode( 'care_comparison', 'care_level_widgets_comparison_shortcode' );
add_shortcode( 'care_questionnaire', 'care_level_widgets_questionnaire_shortcode' );
add_shortcode( 'care_crisis_banner', 'care_level_widgets_crisis_banner_shortcode' );
add_shortcode( 'care_term', 'care_level_widgets_term_shortcode' );

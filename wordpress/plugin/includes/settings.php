<?php
/**
 * Settings → Levels of care: what is center-wide — the levels the center offers, the ASAM edition, its phone and
 * intake link, its own hours, typical length, insurance and notes per level, each text in English and Spanish. Saved
 * through the Settings API (manage_options, nonce) as the CareConfig JSON the elements read, after the checks the
 * elements make. The form only changes what it shows: everything else in the saved configuration (extra rows, a
 * program's own phone or link, set from code) is kept as it was. Also the plugin's Settings link and its text for
 * the site's privacy policy.
 *
 * @package CareLevelWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Level id => its name on the settings page. */
function care_level_widgets_level_names() {
	return array(
		'inpatient'  => __( 'Inpatient (residential)', 'care-level-widgets' ),
		'php'        => __( 'Partial hospitalization (PHP)', 'care-level-widgets' ),
		'iop'        => __( 'Intensive outpatient (IOP)', 'care-level-widgets' ),
		'outpatient' => __( 'Outpatient', 'care-level-widgets' ),
	);
}

/** A program's text fields on the settings page, in the order the comparison's rows show them: key => label. */
function care_level_widgets_program_fields() {
	return array(
		'hours'     => __( 'Hours', 'care-level-widgets' ),
		'length'    => __( 'Typical length', 'care-level-widgets' ),
		'insurance' => __( 'Insurance', 'care-level-widgets' ),
		'notes'     => __( 'Notes', 'care-level-widgets' ),
	);
}

/** Registers the option with its sanitize callback (on init, so every way of saving it is checked). */
function care_level_widgets_register_setting() {
	register_setting(
		'care_level_widgets',
		CARE_LEVEL_WIDGETS_OPTION,
		array(
			'type'              => 'string',
			'description'       => 'The center configuration (CareConfig JSON) the care-level widgets read.',
			'sanitize_callback' => 'care_level_widgets_sanitize_settings',
			'default'           => '',
			'show_in_rest'      => false,
		)
	);
}
add_action( 'init', 'care_level_widgets_register_setting' );

/** Adds Settings → Levels of care, for administrators only. */
function care_level_widgets_settings_menu() {
	add_options_page(
		__( 'Levels of care', 'care-level-widgets' ),
		__( 'Levels of care', 'care-level-widgets' ),
		'manage_options',
		'care-level-widgets',
		'care_level_widgets_settings_page'
	);
}
add_action( 'admin_menu', 'care_level_widgets_settings_menu' );

/** A "Settings" link first on the plugin's row in Plugins → Installed Plugins. */
function care_level_widgets_action_links( $links ) {
	$url = admin_url( 'options-general.php?page=care-level-widgets' );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'care-level-widgets' ) . '</a>' );
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( CARE_LEVEL_WIDGETS_FILE ), 'care_level_widgets_action_links' );

/** What the plugin does with personal data, for Settings → Privacy → Policy guide. */
function care_level_widgets_privacy_policy_content() {
	if ( ! function_exists( 'wp_add_privacy_policy_content' ) ) {
		return;
	}
	$content = '<p>' . esc_html__( 'The levels of care comparison, questionnaire and crisis resources on this site run in your browser. They collect no personal data, send nothing to this site or to anyone else, and set no cookies.', 'care-level-widgets' ) . '</p>'
		. '<p>' . esc_html__( 'Your answers to the questionnaire stay in your browser tab and are stored nowhere, unless this site keeps them in that tab until you close it (sessionStorage, in your own browser); they are never sent.', 'care-level-widgets' ) . '</p>';
	wp_add_privacy_policy_content( __( 'Care Level Widgets', 'care-level-widgets' ), $content );
}
add_action( 'admin_init', 'care_level_widgets_privacy_policy_content' );

/** Where the settings of a refused save wait for the page that shows them again, per user. */
function care_level_widgets_refused_key() {
	return 'care_level_widgets_refused_' . get_current_user_id();
}

/**
 * Checks the settings form (or JSON saved from code) and returns the JSON to store. The form is merged over the saved
 * configuration, so what it does not show is kept. When the result has mistakes, each is reported by the name of its
 * field, the saved configuration stays as it was, and the form comes back with what was typed.
 *
 * @param mixed $input The form's fields, or JSON text.
 * @return string The CareConfig JSON to store.
 */
function care_level_widgets_sanitize_settings( $input ) {
	$previous = get_option( CARE_LEVEL_WIDGETS_OPTION, '' );
	$previous = is_string( $previous ) ? $previous : '';
	if ( is_string( $input ) ) {
		if ( '' === trim( $input ) ) {
			return '';
		}
		list( $config, $errors ) = care_level_widgets_parse_config( $input );
	} elseif ( is_array( $input ) ) {
		$config = care_level_widgets_config_from_form( $input, care_level_widgets_site_config() );
		$errors = care_level_widgets_validate_config( $config );
	} else {
		return $previous;
	}
	if ( array() === $errors ) {
		return wp_json_encode( $config, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
	}
	add_settings_error( CARE_LEVEL_WIDGETS_OPTION, 'care-level-widgets-refused', __( 'Nothing was saved: fix what is marked below. Your changes are still in the form.', 'care-level-widgets' ) );
	foreach ( $errors as $index => $error ) {
		$field = care_level_widgets_error_field( $error );
		add_settings_error( CARE_LEVEL_WIDGETS_OPTION, 'care-level-widgets-' . $index, null === $field ? $error['message'] : $field['label'] . ': ' . $field['message'] );
	}
	if ( is_array( $input ) ) {
		set_transient(
			care_level_widgets_refused_key(),
			array(
				'form'   => $input,
				'errors' => $errors,
			),
			10 * MINUTE_IN_SECONDS
		);
	}
	return $previous;
}

/** Text from the form as typed: valid UTF-8, without the spaces around it, and on one line unless `$lines`. */
function care_level_widgets_form_text( $value, $lines = false ) {
	$text = wp_check_invalid_utf8( is_string( $value ) ? $value : '' );
	$text = str_replace( array( "\r\n", "\r" ), "\n", $text );
	return trim( $lines ? $text : preg_replace( '/[\n\t]+/', ' ', $text ) );
}

/** What the form shows for a saved text: array( English, Spanish ), the Spanish empty when one text serves both. */
function care_level_widgets_text_pair( $value ) {
	if ( is_string( $value ) ) {
		return array( $value, '' );
	}
	if ( $value instanceof stdClass ) {
		return array(
			isset( $value->en ) && is_string( $value->en ) ? $value->en : '',
			isset( $value->es ) && is_string( $value->es ) ? $value->es : '',
		);
	}
	return array( '', '' );
}

/**
 * Sets `$object->$key` from a text field of the form and its Spanish field: left as saved when the form shows it
 * unchanged, removed when both are empty, one string when the Spanish is empty, else `{ en, es }`.
 */
function care_level_widgets_merge_text( $object, $key, $submitted, $lines = false ) {
	$saved = isset( $object->$key ) ? $object->$key : null;
	$en    = care_level_widgets_form_text( isset( $submitted['en'] ) ? $submitted['en'] : '', $lines );
	$es    = care_level_widgets_form_text( isset( $submitted['es'] ) ? $submitted['es'] : '', $lines );
	if ( array( $en, $es ) === care_level_widgets_text_pair( $saved ) ) {
		return;
	}
	if ( '' === $en && '' === $es ) {
		unset( $object->$key );
	} elseif ( '' === $es ) {
		$object->$key = $en;
	} else {
		$object->$key = (object) array(
			'en' => $en,
			'es' => $es,
		);
	}
}

/** Sets `$object->$key` from a one-value field (phone, link): unchanged, removed when empty, else the value. */
function care_level_widgets_merge_value( $object, $key, $value ) {
	$saved = isset( $object->$key ) && is_string( $object->$key ) ? $object->$key : '';
	if ( $value === $saved ) {
		return;
	}
	if ( '' === $value ) {
		unset( $object->$key );
	} else {
		$object->$key = $value;
	}
}

/** A link from the form through sanitize_url(); a link it refuses (javascript:…) is kept as typed so the check names it. */
function care_level_widgets_form_url( $value ) {
	$url = care_level_widgets_form_text( $value );
	if ( '' === $url ) {
		return '';
	}
	$clean = sanitize_url( $url, array( 'http', 'https', 'mailto' ) );
	return '' === $clean ? $url : $clean;
}

/** `$parent->$key` as an object to change, when it is one or absent; null when it holds something else. */
function care_level_widgets_child_object( $parent, $key ) {
	if ( ! isset( $parent->$key ) ) {
		return new stdClass();
	}
	return $parent->$key instanceof stdClass ? $parent->$key : null;
}

/** Puts a changed child object back: an empty one that was not saved before is left out. */
function care_level_widgets_put_object( $parent, $key, $child ) {
	if ( array() !== get_object_vars( $child ) ) {
		$parent->$key = $child;
	} elseif ( isset( $parent->$key ) && array() !== get_object_vars( $parent->$key ) ) {
		unset( $parent->$key );
	}
}

/**
 * The configuration to save: the saved one, with what the form shows replaced by what it holds.
 *
 * @param array    $input The form's fields.
 * @param stdClass $saved The saved configuration.
 * @return stdClass
 */
function care_level_widgets_config_from_form( $input, $saved ) {
	$config = json_decode( (string) wp_json_encode( $saved ), false );
	$config = $config instanceof stdClass ? $config : new stdClass();
	$levels = care_level_widgets_level_ids();

	$checked = isset( $input['levels'] ) && is_array( $input['levels'] ) ? array_map( 'strval', $input['levels'] ) : array();
	$shown   = isset( $config->levels ) && is_array( $config->levels ) ? $config->levels : $levels;
	$same    = array_values( array_intersect( $levels, $checked ) ) === array_values( array_intersect( $levels, $shown ) ) && count( $checked ) === count( $shown );
	if ( ! $same ) {
		// The known levels in their usual order; anything else is kept so the check names it.
		$known          = array_values( array_intersect( $levels, $checked ) );
		$config->levels = array_merge( $known, array_values( array_diff( $checked, $known ) ) );
	}

	$edition = isset( $input['edition'] ) ? (string) $input['edition'] : '';
	$shown   = isset( $config->edition ) ? (string) $config->edition : '4';
	if ( $edition !== $shown && in_array( $edition, array( '3', '4' ), true ) ) {
		$config->edition = (int) $edition;
	}

	$form    = isset( $input['contact'] ) && is_array( $input['contact'] ) ? $input['contact'] : array();
	$contact = care_level_widgets_child_object( $config, 'contact' );
	if ( null !== $contact ) {
		care_level_widgets_merge_value( $contact, 'phone', care_level_widgets_form_text( isset( $form['phone'] ) ? $form['phone'] : '' ) );
		care_level_widgets_merge_value( $contact, 'url', care_level_widgets_form_url( isset( $form['url'] ) ? $form['url'] : '' ) );
		care_level_widgets_merge_text( $contact, 'label', isset( $form['label'] ) && is_array( $form['label'] ) ? $form['label'] : array() );
		care_level_widgets_put_object( $config, 'contact', $contact );
	}

	$form     = isset( $input['programs'] ) && is_array( $input['programs'] ) ? $input['programs'] : array();
	$programs = care_level_widgets_child_object( $config, 'programs' );
	if ( null !== $programs ) {
		foreach ( $levels as $level ) {
			$program = care_level_widgets_child_object( $programs, $level );
			if ( null === $program ) {
				continue;
			}
			foreach ( array_keys( care_level_widgets_program_fields() ) as $key ) {
				$submitted = isset( $form[ $level ][ $key ] ) && is_array( $form[ $level ][ $key ] ) ? $form[ $level ][ $key ] : array();
				care_level_widgets_merge_text( $program, $key, $submitted, 'notes' === $key );
			}
			care_level_widgets_put_object( $programs, $level, $program );
		}
		care_level_widgets_put_object( $config, 'programs', $programs );
	}
	return $config;
}

/**
 * The form field an error belongs to: array( 'id', 'label', 'message' ), the message without its path, as people
 * see the field; null for a part of the configuration the form does not show (set from code).
 *
 * @param array $error An error of care_level_widgets_validate_config().
 * @return array|null
 */
function care_level_widgets_error_field( $error ) {
	$path    = $error['path'];
	$message = 0 === strpos( $error['message'], $path . ': ' ) ? substr( $error['message'], strlen( $path ) + 2 ) : $error['message'];
	$message = ucfirst( $message );
	/* translators: %s: a field's name, such as "Hours". */
	$spanish = __( '%s in Spanish', 'care-level-widgets' );
	$fields  = array(
		'edition'          => array( 'edition', __( 'ASAM level numbers', 'care-level-widgets' ) ),
		'contact.phone'    => array( 'phone', __( 'Phone', 'care-level-widgets' ) ),
		'contact.url'      => array( 'url', __( 'Intake link', 'care-level-widgets' ) ),
		'contact.label'    => array( 'label', __( 'Intake link text', 'care-level-widgets' ) ),
		'contact.label.en' => array( 'label', __( 'Intake link text', 'care-level-widgets' ) ),
		'contact.label.es' => array( 'label-es', sprintf( $spanish, __( 'Intake link text', 'care-level-widgets' ) ) ),
	);
	$names   = care_level_widgets_level_names();
	$program = care_level_widgets_program_fields();
	if ( 0 === strpos( $path, 'levels' ) ) {
		$field = array( 'levels', __( 'Levels offered', 'care-level-widgets' ) );
	} elseif ( isset( $fields[ $path ] ) ) {
		$field = $fields[ $path ];
	} elseif ( preg_match( '/^programs\.([a-z]+)(?:\.([a-z]+)(?:\.(en|es))?)?$/D', $path, $match ) && isset( $names[ $match[1] ] ) ) {
		$key = isset( $match[2] ) ? $match[2] : 'hours';
		if ( ! isset( $program[ $key ] ) ) {
			return null;
		}
		$label = isset( $match[2] ) ? $names[ $match[1] ] . ', ' . $program[ $key ] : $names[ $match[1] ];
		$field = isset( $match[3] ) && 'es' === $match[3]
			? array( $match[1] . '-' . $key . '-es', sprintf( $spanish, $label ) )
			: array( $match[1] . '-' . $key, $label );
	} else {
		return null;
	}
	return array(
		'id'      => 'care-level-widgets-' . $field[0],
		'label'   => $field[1],
		'message' => $message,
	);
}

/**
 * What the form shows: field id => value (the levels as a list), from a saved configuration or, after a refused save,
 * from what was typed.
 *
 * @param stdClass   $config    The saved configuration.
 * @param array|null $submitted The refused form's fields, or null.
 * @return array
 */
function care_level_widgets_form_values( $config, $submitted ) {
	$values = array();
	if ( null !== $submitted ) {
		$values['levels']  = isset( $submitted['levels'] ) && is_array( $submitted['levels'] ) ? array_map( 'strval', $submitted['levels'] ) : array();
		$values['edition'] = isset( $submitted['edition'] ) ? (string) $submitted['edition'] : '4';
		$read              = function ( $path ) use ( $submitted ) {
			$value = $submitted;
			foreach ( $path as $key ) {
				$value = is_array( $value ) && isset( $value[ $key ] ) ? $value[ $key ] : '';
			}
			return is_string( $value ) ? $value : '';
		};
		$values['phone']    = $read( array( 'contact', 'phone' ) );
		$values['url']      = $read( array( 'contact', 'url' ) );
		$values['label']    = $read( array( 'contact', 'label', 'en' ) );
		$values['label-es'] = $read( array( 'contact', 'label', 'es' ) );
		foreach ( care_level_widgets_level_ids() as $level ) {
			foreach ( array_keys( care_level_widgets_program_fields() ) as $key ) {
				$values[ $level . '-' . $key ]         = $read( array( 'programs', $level, $key, 'en' ) );
				$values[ $level . '-' . $key . '-es' ] = $read( array( 'programs', $level, $key, 'es' ) );
			}
		}
		return $values;
	}
	$values['levels']  = isset( $config->levels ) && is_array( $config->levels ) ? $config->levels : care_level_widgets_level_ids();
	$values['edition'] = isset( $config->edition ) ? (string) $config->edition : '4';
	$contact           = isset( $config->contact ) && $config->contact instanceof stdClass ? $config->contact : new stdClass();
	$values['phone']   = isset( $contact->phone ) && is_string( $contact->phone ) ? $contact->phone : '';
	$values['url']     = isset( $contact->url ) && is_string( $contact->url ) ? $contact->url : '';
	list( $values['label'], $values['label-es'] ) = care_level_widgets_text_pair( isset( $contact->label ) ? $contact->label : null );
	$programs = isset( $config->programs ) && $config->programs instanceof stdClass ? $config->programs : new stdClass();
	foreach ( care_level_widgets_level_ids() as $level ) {
		$program = isset( $programs->$level ) && $programs->$level instanceof stdClass ? $programs->$level : new stdClass();
		foreach ( array_keys( care_level_widgets_program_fields() ) as $key ) {
			list( $values[ $level . '-' . $key ], $values[ $level . '-' . $key . '-es' ] ) = care_level_widgets_text_pair( isset( $program->$key ) ? $program->$key : null );
		}
	}
	return $values;
}

/**
 * One text input (or textarea) with its label, its description and its error, if any.
 *
 * @param array  $field  id (without the prefix), name (inside the option), label, value, and optionally type,
 *                       lang, maxlength, multiline, help.
 * @param array  $errors Field id => message.
 */
function care_level_widgets_text_input( $field, $errors ) {
	$id        = 'care-level-widgets-' . $field['id'];
	$described = array();
	if ( isset( $errors[ $id ] ) ) {
		$described[] = $id . '-error';
	}
	if ( isset( $field['help'] ) ) {
		$described[] = $id . '-help';
	}
	$attributes = ' id="' . esc_attr( $id ) . '" name="' . esc_attr( CARE_LEVEL_WIDGETS_OPTION . $field['name'] ) . '"'
		. ( isset( $field['lang'] ) ? ' lang="' . esc_attr( $field['lang'] ) . '"' : '' )
		. ( isset( $field['maxlength'] ) ? ' maxlength="' . esc_attr( $field['maxlength'] ) . '"' : '' )
		. ( array() !== $described ? ' aria-describedby="' . esc_attr( implode( ' ', $described ) ) . '"' : '' )
		. ( isset( $errors[ $id ] ) ? ' aria-invalid="true"' : '' );
	echo '<p class="care-level-widgets-field"><label for="' . esc_attr( $id ) . '">' . esc_html( $field['label'] ) . '</label><br />';
	if ( ! empty( $field['multiline'] ) ) {
		echo '<textarea class="large-text" rows="2"' . $attributes . '>' . esc_textarea( $field['value'] ) . '</textarea>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- every attribute is escaped above.
	} else {
		$type = isset( $field['type'] ) ? $field['type'] : 'text';
		echo '<input type="' . esc_attr( $type ) . '" class="large-text"' . $attributes . ' value="' . esc_attr( $field['value'] ) . '" />'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- every attribute is escaped above.
	}
	if ( isset( $errors[ $id ] ) ) {
		echo '<br /><strong class="care-level-widgets-error" id="' . esc_attr( $id . '-error' ) . '" style="color:#b32d2e">' . esc_html( $errors[ $id ] ) . '</strong>';
	}
	if ( isset( $field['help'] ) ) {
		echo '<br /><span class="description" id="' . esc_attr( $id . '-help' ) . '">' . esc_html( $field['help'] ) . '</span>';
	}
	echo '</p>';
}

/** A text field and its Spanish field, side by side where there is room. */
function care_level_widgets_text_pair_inputs( $field, $values, $errors ) {
	/* translators: %s: a field's name, such as "Hours". */
	$spanish = __( '%s in Spanish', 'care-level-widgets' );
	echo '<div style="display:flex;flex-wrap:wrap;gap:0 1.5em">';
	foreach ( array( '', '-es' ) as $suffix ) {
		echo '<div style="flex:1 1 16em;min-width:0">';
		care_level_widgets_text_input(
			array_merge(
				$field,
				array(
					'id'    => $field['id'] . $suffix,
					'name'  => $field['name'] . ( '' === $suffix ? '[en]' : '[es]' ),
					'label' => '' === $suffix ? $field['label'] : sprintf( $spanish, $field['label'] ),
					'value' => $values[ $field['id'] . $suffix ],
				),
				'' === $suffix ? array() : array( 'lang' => 'es' )
			),
			$errors
		);
		echo '</div>';
	}
	echo '</div>';
}

/** Settings → Levels of care. */
function care_level_widgets_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$refused = get_transient( care_level_widgets_refused_key() );
	delete_transient( care_level_widgets_refused_key() );
	$refused = is_array( $refused ) && isset( $_GET['settings-updated'] ) ? $refused : null; // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- only chooses what to show.
	$values  = care_level_widgets_form_values( care_level_widgets_site_config(), null === $refused ? null : $refused['form'] );
	$errors  = array();
	foreach ( null === $refused ? array() : $refused['errors'] as $error ) {
		$field = care_level_widgets_error_field( $error );
		if ( null !== $field && ! isset( $errors[ $field['id'] ] ) ) {
			$errors[ $field['id'] ] = $field['message'];
		}
	}
	$option = CARE_LEVEL_WIDGETS_OPTION;
	$limits = care_level_widgets_limits();
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<p><?php esc_html_e( 'What is true for your whole center. Every comparison and questionnaire block and shortcode uses it, unless the block or shortcode sets its own value.', 'care-level-widgets' ); ?></p>
		<p><?php esc_html_e( 'Each text has a Spanish field beside it, for visitors reading the widgets in Spanish. Leave it empty to show the English text in both languages.', 'care-level-widgets' ); ?></p>
		<form action="options.php" method="post" novalidate>
			<?php settings_fields( 'care_level_widgets' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><?php esc_html_e( 'Levels offered', 'care-level-widgets' ); ?></th>
					<td>
						<fieldset<?php echo isset( $errors['care-level-widgets-levels'] ) ? ' aria-describedby="care-level-widgets-levels-error"' : ''; ?>>
							<legend class="screen-reader-text"><?php esc_html_e( 'Levels offered', 'care-level-widgets' ); ?></legend>
							<?php foreach ( care_level_widgets_level_names() as $id => $name ) : ?>
								<label>
									<input type="checkbox" name="<?php echo esc_attr( $option ); ?>[levels][]" value="<?php echo esc_attr( $id ); ?>" <?php checked( in_array( $id, $values['levels'], true ) ); ?> />
									<?php echo esc_html( $name ); ?>
								</label><br />
							<?php endforeach; ?>
							<?php if ( isset( $errors['care-level-widgets-levels'] ) ) : ?>
								<strong class="care-level-widgets-error" id="care-level-widgets-levels-error" style="color:#b32d2e"><?php echo esc_html( $errors['care-level-widgets-levels'] ); ?></strong>
							<?php endif; ?>
						</fieldset>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="care-level-widgets-edition"><?php esc_html_e( 'ASAM level numbers', 'care-level-widgets' ); ?></label></th>
					<td>
						<select id="care-level-widgets-edition" name="<?php echo esc_attr( $option ); ?>[edition]">
							<option value="4" <?php selected( '4', $values['edition'] ); ?>><?php esc_html_e( '4th edition of the ASAM Criteria', 'care-level-widgets' ); ?></option>
							<option value="3" <?php selected( '3', $values['edition'] ); ?>><?php esc_html_e( '3rd edition of the ASAM Criteria', 'care-level-widgets' ); ?></option>
						</select>
					</td>
				</tr>
				<tr>
					<th scope="row"><?php esc_html_e( 'Contact', 'care-level-widgets' ); ?></th>
					<td>
						<?php
						care_level_widgets_text_input(
							array(
								'id'        => 'phone',
								'name'      => '[contact][phone]',
								'label'     => __( 'Phone', 'care-level-widgets' ),
								'type'      => 'tel',
								'value'     => $values['phone'],
								'maxlength' => $limits['phoneLength'],
								'help'      => __( 'As people dial it, such as +1-555-0100. The questionnaire’s result offers “Call us”.', 'care-level-widgets' ),
							),
							$errors
						);
						care_level_widgets_text_input(
							array(
								'id'    => 'url',
								'name'  => '[contact][url]',
								'label' => __( 'Intake link', 'care-level-widgets' ),
								'type'  => 'url',
								'value' => $values['url'],
								'help'  => __( 'An https:, http: or mailto: link, or a path on this site, such as /contact.', 'care-level-widgets' ),
							),
							$errors
						);
						care_level_widgets_text_pair_inputs(
							array(
								'id'        => 'label',
								'name'      => '[contact][label]',
								'label'     => __( 'Intake link text', 'care-level-widgets' ),
								'maxlength' => $limits['labelLength'],
							),
							$values,
							$errors
						);
						?>
					</td>
				</tr>
			</table>
			<h2><?php esc_html_e( 'Your programs', 'care-level-widgets' ); ?></h2>
			<p><?php esc_html_e( 'Shown beside the general facts in the comparison, for the levels you offer. Leave empty to say nothing.', 'care-level-widgets' ); ?></p>
			<table class="form-table" role="presentation">
				<?php foreach ( care_level_widgets_level_names() as $id => $name ) : ?>
					<tr>
						<th scope="row"><?php echo esc_html( $name ); ?></th>
						<td>
							<?php
							foreach ( care_level_widgets_program_fields() as $key => $label ) {
								care_level_widgets_text_pair_inputs(
									array(
										'id'        => $id . '-' . $key,
										'name'      => '[programs][' . $id . '][' . $key . ']',
										'label'     => $label,
										'maxlength' => $limits['textLength'],
										'multiline' => 'notes' === $key,
									),
									$values,
									$errors
								);
							}
							?>
						</td>
					</tr>
				<?php endforeach; ?>
			</table>
			<?php submit_button(); ?>
		</form>
		<h2><?php esc_html_e( 'Putting the widgets on a page', 'care-level-widgets' ); ?></h2>
		<p><?php esc_html_e( 'In the block editor, add the “Levels of care comparison”, “Levels of care questionnaire” or “Crisis resources banner” block, and mark a word such as IOP as a glossary term from the toolbar. In the classic editor, use a shortcode:', 'care-level-widgets' ); ?></p>
		<ul>
			<li><code>[care_comparison highlight="iop"]</code></li>
			<li><code>[care_questionnaire comparison="levels-table"]</code></li>
			<li><code>[care_crisis_banner variant="compact"]</code></li>
			<li><code>[care_term term="iop"]IOP[/care_term]</code></li>
		</ul>
		<p><?php esc_html_e( 'Privacy: the widgets collect and send nothing, and store nothing unless a questionnaire block is set to keep its answers in the visitor’s browser tab.', 'care-level-widgets' ); ?></p>
	</div>
	<?php
}

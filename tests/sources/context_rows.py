"""A good row of each context table (Cadre Harmonise, population), made up, for the tests of the context readers."""

CH_ROW = {"adm0_name": "Mali", "adm0_pcod3": "MLI", "adm1_name": "Region Alpha", "adm2_name": "Cercle Beta",
          "adm2_pcod2": "ML0101", "population": "12000", "phase_class": "2", "phase35": "900", "chtype": "current",
          "exercise_label": "Jan-May", "exercise_year": "2020", "reference_label": "Jun-Aug",
          "reference_year": "2020", "usethisperiod": "Y"}
POP_ROW = {"admin1Name_fr": "Region Alpha", "admin1Pcode": "ML01", "admin2Name_fr": "Cercle Beta",
           "admin2Pcode": "ML0101", "T_TL": "54000", "M_TL": "27100", "F_TL": "26900"}
